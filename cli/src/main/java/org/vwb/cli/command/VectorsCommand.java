package org.vwb.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.vwb.cli.CliContext;
import org.vwb.cli.ExitCodes;
import org.vwb.cli.option.JobOptions;
import org.vwb.cli.progress.JobRunner;
import org.vwb.core.AlignVectorsRequest;
import org.vwb.core.AlignVectorsSummary;
import org.vwb.core.TrainVectorsRequest;
import org.vwb.core.TrainVectorsSummary;

/// `vwb vectors train|align`: static word vectors.
@Command(name = "vectors", mixinStandardHelpOptions = true,
        description = "Train static word vectors on a corpus, or align two vector spaces with a bilingual dictionary.",
        subcommands = {VectorsCommand.TrainCommand.class, VectorsCommand.AlignCommand.class})
final class VectorsCommand extends CommandGroup {

    /// `vwb vectors train --corpus FILE... --out FILE`.
    @Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Train word2vec skip-gram (or CBOW) vectors with negative sampling on UTF-8 text files"
                    + " (one sentence or paragraph per line) and write them as a .vec file.",
                "With --threads 1 the output depends only on the corpus, the options and --seed."})
    static final class TrainCommand implements Callable<Integer> {
        private final CliContext context;

        @Spec
        private CommandSpec spec;

        @Option(names = "--corpus", arity = "1..*", required = true, paramLabel = "FILE", description = "Corpus files.")
        private List<Path> corpus;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .vec file to write.")
        private Path out;

        @Option(names = "--dim", defaultValue = "100", description = "Vector size (default ${DEFAULT-VALUE}).")
        private int dim;

        @Option(names = "--epochs", defaultValue = "5", description = "Passes over the corpus (default ${DEFAULT-VALUE}).")
        private int epochs;

        @Option(names = "--window", defaultValue = "5", description = "Maximal context distance (default ${DEFAULT-VALUE}).")
        private int window;

        @Option(names = "--negative", defaultValue = "5", description = "Negative samples (default ${DEFAULT-VALUE}).")
        private int negative;

        @Option(names = "--min-count", defaultValue = "5",
                description = "Drop tokens seen fewer times (default ${DEFAULT-VALUE}).")
        private int minCount;

        @Option(names = "--sample", defaultValue = "1e-4",
                description = "Subsampling threshold t of frequent tokens, 0 = off (default ${DEFAULT-VALUE}).")
        private double sample;

        @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default ${DEFAULT-VALUE}).")
        private int threads;

        @Option(names = "--cbow", description = "CBOW instead of skip-gram.")
        private boolean cbow;

        @Option(names = "--chars", description = "Chinese-style tokens: every Han character and symbol alone, Latin"
                + " words whole (default: tokens separated by white space).")
        private boolean chars;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
        private long seed;

        @Option(names = "--tokenizer", paramLabel = "DIR",
                description = "Split the corpus with this tokenizer (a model folder, tokenizer.model or"
                        + " tokenizer.json) and train one vector per token id, written under the piece's spelling:"
                        + " token-level vectors for FOCUS.")
        private Path tokenizer;

        @Mixin
        private JobOptions jobOptions;

        TrainCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            TrainVectorsRequest request = new TrainVectorsRequest(corpus, chars, dim, epochs, window, negative, minCount,
                    sample, threads, cbow, seed, out, tokenizer);
            JobRunner runner = new JobRunner(context, spec.commandLine().getErr());
            TrainVectorsSummary s = runner.run(context.workbench().trainVectors(request), jobOptions.progress());
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "corpus: %,d tokens per epoch; vocabulary: %,d tokens (min count %d)%n",
                    s.corpusTokens(), s.vocabulary(), minCount);
            o.printf(Locale.ROOT, "trained %,d tokens in %.1f s (%,.0f tokens/s/thread)%n", s.trainedTokens(),
                    s.seconds(), s.trainedTokens() / Math.max(1e-9, s.seconds()) / threads);
            o.println("loss per epoch: " + s.epochLoss().stream().map(l -> String.format(Locale.ROOT, "%.4f", l))
                    .collect(Collectors.joining(" ")));
            o.println("wrote " + s.out());
            o.flush();
            return ExitCodes.OK;
        }
    }

    /// `vwb vectors align --src A --tgt B --dict D --out FILE`.
    @Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Align source vectors to target vectors by orthogonal Procrustes on a bilingual"
                    + " dictionary, print P@1/P@5 (NN and CSLS) on a held-out part of the dictionary before and"
                    + " after iterative refinement, and write the mapped source vectors as .vec.",
                "Vector files: .vec, GloVe text, word2vec binary or fastText .bin, most frequent words first."})
    static final class AlignCommand implements Callable<Integer> {
        private final CliContext context;

        @Spec
        private CommandSpec spec;

        @Option(names = "--src", required = true, paramLabel = "FILE", description = "Source vectors (e.g. English).")
        private Path source;

        @Option(names = "--tgt", required = true, paramLabel = "FILE", description = "Target vectors (e.g. Chinese).")
        private Path target;

        @Option(names = "--dict", required = true, paramLabel = "FILE",
                description = "Dictionary: 'source<TAB>target' lines, or CC-CEDICT (read as English → Chinese).")
        private Path dictionary;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The mapped source .vec to write.")
        private Path out;

        @Option(names = "--dict-format", defaultValue = "auto", paramLabel = "FORMAT",
                description = "auto, pairs or cedict (default ${DEFAULT-VALUE}).")
        private String dictFormat;

        @Option(names = "--refine", defaultValue = "0", paramLabel = "N",
                description = "Iterative refinement steps on mutual CSLS neighbours (default ${DEFAULT-VALUE}).")
        private int refine;

        @Option(names = "--test-fraction", defaultValue = "0.2",
                description = "Share of dictionary source words held out (default ${DEFAULT-VALUE}).")
        private double testFraction;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the held-out split (default ${DEFAULT-VALUE}).")
        private long seed;

        @Option(names = "--max-words", defaultValue = "200000",
                description = "Words read from each vector file (default ${DEFAULT-VALUE}).")
        private int maxWords;

        @Option(names = "--eval-words", defaultValue = "20000",
                description = "Retrieve among this many most frequent words per side (default ${DEFAULT-VALUE}).")
        private int evalWords;

        @Mixin
        private JobOptions jobOptions;

        AlignCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            AlignVectorsRequest request = new AlignVectorsRequest(source, target, dictionary, dictFormat, refine,
                    testFraction, seed, maxWords, evalWords, out);
            JobRunner runner = new JobRunner(context, spec.commandLine().getErr());
            AlignVectorsSummary s = runner.run(context.workbench().alignVectors(request), jobOptions.progress());
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "source %,d words, target %,d words, dimension %d%n", s.sourceWords(),
                    s.targetWords(), s.dimension());
            o.printf(Locale.ROOT, "dictionary: %,d training pairs (%,d row pairs with casing variants), %,d held out%n",
                    s.trainPairs(), s.rowPairs(), s.testPairs());
            o.printf(Locale.ROOT, "held-out queries: %,d (skipped %,d not among the first %,d words of both sides)%n",
                    s.before().queries(), s.before().skipped(), evalWords);
            row(o, "Procrustes", s.before());
            if (!s.refinePairs().isEmpty()) {
                row(o, "refined x" + s.refinePairs().size(), s.after());
                o.println("mutual-neighbour pairs per refinement step: " + s.refinePairs());
            }
            o.println("wrote " + s.out());
            o.flush();
            return ExitCodes.OK;
        }

        private static void row(PrintWriter o, String label, AlignVectorsSummary.Precision p) {
            o.printf(Locale.ROOT, "%-12s NN P@1 %.3f  P@5 %.3f   CSLS P@1 %.3f  P@5 %.3f%n", label, p.nnP1(), p.nnP5(),
                    p.cslsP1(), p.cslsP5());
        }
    }
}
