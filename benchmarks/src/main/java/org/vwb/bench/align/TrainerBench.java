package org.vwb.bench.align;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.vwb.align.CorpusFiles;
import org.vwb.align.TrainerOptions;
import org.vwb.align.TrainingResult;
import org.vwb.align.Word2VecTrainer;
import org.vwb.common.Cancellation;
import org.vwb.common.JobContext;
import org.vwb.common.ProgressSink;

/// Trains skip-gram vectors on a whitespace-tokenized corpus and prints the speed, for
/// `benchmarks/run-word2vec.sh`, which runs `fasttext skipgram` with the same settings beside it.
///
/// Usage: `TrainerBench CORPUS OUT.vec THREADS EPOCHS [DIM WINDOW NEG MINCOUNT LR]`
public final class TrainerBench {

    private TrainerBench() {
    }

    /// Runs one training and prints one result line.
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        int epochs = Integer.parseInt(args[3]);
        int dim = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        int window = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        int neg = args.length > 6 ? Integer.parseInt(args[6]) : 5;
        int minCount = args.length > 7 ? Integer.parseInt(args[7]) : 5;
        double lr = args.length > 8 ? Double.parseDouble(args[8]) : 0.05;
        TrainerOptions o = TrainerOptions.defaults().withDim(dim).withEpochs(epochs).withWindow(window, neg)
                .withMinCount(minCount).withThreads(threads).withLearningRate(lr);
        long[] trainingStart = new long[1];
        ProgressSink marks = new ProgressSink() {
            @Override
            public void begin(String stage, long totalUnits) {
                if (stage.startsWith("training")) {
                    trainingStart[0] = System.nanoTime();
                }
            }

            @Override
            public void advance(long units) {
            }
        };
        long t0 = System.nanoTime();
        TrainingResult r = Word2VecTrainer.train(CorpusFiles.whitespace(List.of(corpus)), o,
                new JobContext(marks, new Cancellation()));
        long t1 = System.nanoTime();
        r.vectors().writeVec(out);
        double s = (t1 - t0) / 1e9;
        double train = (t1 - trainingStart[0]) / 1e9;
        // "training only" excludes the counting pass, like fastText's self-reported words/sec/thread
        System.out.printf(Locale.ROOT, "vwb threads=%d epochs=%d vocab=%d corpusTokens=%d trained=%d seconds=%.2f"
                        + " (counting %.2f) wordsPerSecPerThread: training only %.0f, with counting %.0f; loss=%s%n",
                threads, epochs, r.vectors().size(), r.corpusTokens(), r.trainedTokens(), s, s - train,
                r.trainedTokens() / train / threads, r.trainedTokens() / s / threads, r.epochLoss());
    }
}
