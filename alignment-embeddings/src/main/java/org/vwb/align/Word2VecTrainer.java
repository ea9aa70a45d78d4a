package org.vwb.align;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.vwb.align.internal.SgnsModel;
import org.vwb.align.internal.SgnsWorker;
import org.vwb.align.internal.TrainingVocab;
import org.vwb.align.internal.WordIndex;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;

/// Trains static vectors with word2vec's skip-gram or CBOW and negative sampling (Mikolov et al. 2013):
/// one counting pass builds the vocabulary (`minCount`), then every thread reads its own part of the
/// corpus once per epoch, drops frequent tokens by subsampling, draws negatives from the unigram^0.75
/// table, decays the learning rate linearly with the tokens processed by all threads, and updates the
/// shared matrices without locks.
///
/// Deterministic for one thread: the result depends only on the corpus, the options and the seed.
/// Cancellation is checked about every 10,000 tokens; a cancelled run returns nothing.
public final class Word2VecTrainer {
    /// Tokens a thread processes between looking at the shared counter, the clock of the rate decay.
    private static final int CHUNK = 10_000;

    private Word2VecTrainer() {
    }

    /// Trains on text tokens; the vocabulary is every token seen at least `minCount` times.
    ///
    /// @throws IllegalArgumentException if no token reaches `minCount`
    public static TrainingResult train(TokenSource<String[]> corpus, TrainerOptions options, JobContext ctx)
            throws IOException {
        ctx.progress().begin("counting tokens", -1);
        TrainingVocab vocab = TrainingVocab.countStrings(corpus, options.minCount(), ctx.cancellation());
        WordIndex index = new WordIndex(vocab.words().size());
        vocab.words().forEach(index::add);
        return run(corpus, vocab, line -> {
            int[] rows = new int[line.length];
            for (int i = 0; i < line.length; i++) {
                rows[i] = index.indexOf(line[i]);
            }
            return rows;
        }, options, ctx);
    }

    /// Trains on a corpus already tokenized into ids of a tokenizer's vocabulary (`tokens.get(id)` is the
    /// name written for id `id`); ids seen fewer than `minCount` times get no vector.
    ///
    /// @throws IllegalArgumentException if an id lies outside `tokens` or no id reaches `minCount`
    public static TrainingResult trainIds(TokenSource<int[]> corpus, List<String> tokens, TrainerOptions options,
            JobContext ctx) throws IOException {
        ctx.progress().begin("counting tokens", -1);
        TrainingVocab.IdVocab ids = TrainingVocab.countIds(corpus, tokens, options.minCount(), ctx.cancellation());
        int[] map = ids.idToRow();
        return run(corpus, ids.vocab(), line -> {
            int[] rows = new int[line.length];
            for (int i = 0; i < line.length; i++) {
                rows[i] = map[line[i]];
            }
            return rows;
        }, options, ctx);
    }

    private static <T> TrainingResult run(TokenSource<T> corpus, TrainingVocab vocab, Function<T, int[]> encode,
            TrainerOptions o, JobContext ctx) throws IOException {
        if (vocab.words().isEmpty()) {
            throw new IllegalArgumentException("no token occurs at least " + o.minCount() + " times in the corpus ("
                    + vocab.corpusTokens() + " tokens); lower minCount or give more text");
        }
        SgnsModel model = new SgnsModel(vocab.counts(), o.dim(), o.subsample(), o.seed());
        long perEpoch = vocab.trainTokens();
        Shared shared = new Shared(corpus, encode, o, model, perEpoch, ctx, new double[o.epochs()][2]);
        ctx.progress().begin("training " + (o.cbow() ? "CBOW" : "skip-gram") + " (" + vocab.words().size()
                + " tokens in vocabulary, " + o.threads() + " thread" + (o.threads() == 1 ? "" : "s") + ")",
                perEpoch * o.epochs());
        if (o.threads() == 1) {
            shared.work(0);
        } else {
            runThreads(shared, o.threads());
        }
        List<Double> loss = new ArrayList<>();
        for (double[] e : shared.loss) {
            loss.add(e[1] == 0 ? 0 : e[0] / e[1]);
        }
        StaticVectors vectors = StaticVectors.of(vocab.words(), model.inputVectors(), o.dim());
        return new TrainingResult(vectors, vocab.corpusTokens(), shared.processed.get(), loss);
    }

    private static void runThreads(Shared shared, int n) throws IOException {
        List<Thread> threads = new ArrayList<>();
        Throwable[] errors = new Throwable[n];
        for (int t = 0; t < n; t++) {
            int id = t;
            threads.add(Thread.ofPlatform().name("vwb-word2vec-" + t).start(() -> {
                try {
                    shared.work(id);
                } catch (IOException | RuntimeException | Error e) {
                    errors[id] = e;
                    shared.failed.set(true);
                }
            }));
        }
        for (Thread th : threads) {
            try {
                th.join();
            } catch (InterruptedException e) {
                shared.failed.set(true);
                Thread.currentThread().interrupt();
                throw new JobCancelledException();
            }
        }
        // A worker's own failure first: the others then stop with JobCancelledException.
        java.util.Arrays.sort(errors, java.util.Comparator.comparing(e -> e == null ? 2 : e instanceof JobCancelledException ? 1 : 0));
        for (Throwable e : errors) {
            switch (e) {
                case null -> { }
                case IOException io -> throw io;
                case RuntimeException re -> throw re;
                case Error err -> throw err;
                default -> throw new IllegalStateException(e);
            }
        }
    }

    /// What all workers share: the corpus, the model, the global token counter and the loss per epoch.
    private record Shared(TokenSource<?> corpus, Function<Object, int[]> encode, TrainerOptions o, SgnsModel model,
            long perEpoch, JobContext ctx, double[][] loss, AtomicLong processed, AtomicBoolean failed) {

        @SuppressWarnings("unchecked")
        <T> Shared(TokenSource<T> corpus, Function<T, int[]> encode, TrainerOptions o, SgnsModel model, long perEpoch,
                JobContext ctx, double[][] loss) {
            this(corpus, (Function<Object, int[]>) encode, o, model, perEpoch, ctx, loss, new AtomicLong(),
                    new AtomicBoolean());
        }

        void work(int id) throws IOException {
            SgnsWorker w = new SgnsWorker(model, o.seed() + 1_000_003L * id);
            double total = (double) perEpoch * o.epochs() + 1;
            float start = (float) o.learningRate();
            float alpha = start;
            int[] sentence = new int[64];
            for (int epoch = 0; epoch < o.epochs(); epoch++) {
                long pending = 0;
                try (TokenSource.Cursor<?> c = corpus.open(id, o.threads())) {
                    Object line;
                    while ((line = c.next()) != null) {
                        int[] rows = encode.apply(line);
                        if (sentence.length < rows.length) {
                            sentence = new int[rows.length];
                        }
                        int known = 0;
                        for (int r : rows) {
                            known += r >= 0 ? 1 : 0;
                        }
                        int len = w.subsample(rows, rows.length, sentence);
                        if (o.cbow()) {
                            w.cbow(sentence, len, o.window(), o.negative(), alpha);
                        } else {
                            w.skipGram(sentence, len, o.window(), o.negative(), alpha);
                        }
                        pending += known;
                        if (pending >= CHUNK) {
                            alpha = tick(pending, total, start);
                            pending = 0;
                        }
                    }
                }
                alpha = tick(pending, total, start);
                double[] l = w.lossSum();
                w.takeLoss();
                synchronized (loss) {
                    loss[epoch][0] += l[0];
                    loss[epoch][1] += l[1];
                }
            }
        }

        /// Publishes `n` processed tokens, checks for a stop and returns the decayed learning rate.
        private float tick(long n, double total, float start) {
            long done = processed.addAndGet(n);
            ctx.progress().advance(n);
            ctx.cancellation().check();
            if (failed.get()) {
                throw new JobCancelledException();
            }
            return (float) Math.max(start * 1e-4, start * (1 - done / total));
        }
    }
}
