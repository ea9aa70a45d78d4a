package org.vwb.bench.init;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.vwb.common.Cancellation;
import org.vwb.common.JobContext;
import org.vwb.common.ProgressSink;
import org.vwb.embedinit.Cw2v;
import org.vwb.embedinit.Cw2vOptions;
import org.vwb.embedinit.Cw2vTrace;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.TokenizerView;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.vocab.TokenizerEncoder;

/// CW2V speed and loss curve on a Llama-2-shaped problem: the real Llama 2 tokenizer as the base, a merged
/// Llama 2 + Chinese tokenizer as the target, a synthetic `rows × dim` base matrix (untied: a second one for
/// lm_head), the first `--new` added pieces as new tokens, and Chinese text as the corpus.
///
/// Usage: `Cw2vBench --base DIR --target DIR --corpus FILE [--new N] [--rows 32000] [--dim 4096] [--tied]
/// [key=value …]` (key=value are cw2v options, e.g. `form=exact epochs=3 threads=2`).
///
/// The synthetic rows are `μ + s ⊙ z` with `z` standard normal, `s_j = 0.04·0.1^{j/dim}` (a 10× spread of
/// per-axis scales, Llama-like magnitudes: row norms ≈ 1) and `μ_j ~ N(0, 0.002²)`; input and output draw
/// from different seeds. The rows mean nothing, so the loss curve shows the optimiser at work, not quality.
public final class Cw2vBench {

    private Cw2vBench() {
    }

    /// Runs one training and prints the trace.
    public static void main(String[] args) throws Exception {
        Map<String, String> flags = new HashMap<>();
        Map<String, String> options = new HashMap<>();
        boolean tied = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--tied")) {
                tied = true;
            } else if (args[i].startsWith("--")) {
                flags.put(args[i], args[++i]);
            } else {
                options.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
            }
        }
        options.put("corpus", flags.get("--corpus"));
        int rows = Integer.parseInt(flags.getOrDefault("--rows", "32000"));
        int dim = Integer.parseInt(flags.getOrDefault("--dim", "4096"));
        int wanted = Integer.parseInt(flags.getOrDefault("--new", "20000"));
        long t0 = System.nanoTime();
        TokenizerView base = TokenizerView.of(TokenizerEncoder.open(Path.of(flags.get("--base"))));
        TokenizerView target = TokenizerView.of(TokenizerEncoder.open(Path.of(flags.get("--target"))));
        List<NewToken> tokens = newTokens(base, target, rows, wanted);
        System.out.printf(Locale.ROOT, "tokenizers: base %,d ids, target %,d ids, %,d new tokens (%.1f s)%n",
                base.size(), target.size(), tokens.size(), secs(t0));
        long t1 = System.nanoTime();
        FloatMatrix input = synthetic(rows, dim, 1);
        FloatMatrix output = tied ? null : synthetic(rows, dim, 2);
        System.out.printf(Locale.ROOT, "synthetic %s %,d × %,d (%.1f s)%n", tied ? "tied matrix" : "input + lm_head",
                rows, dim, secs(t1));
        BitSet anchors = new BitSet();
        for (int id = 0; id < Math.min(rows, base.size()); id++) {
            if (base.tokenKind(id) == org.vwb.vocab.TokenKind.NORMAL || base.tokenKind(id) == org.vwb.vocab.TokenKind.BYTE) {
                anchors.set(id);
            }
        }
        InitProblem problem = new InitProblem(input, output, null, base, target, tokens, anchors, 42L,
                LinearAlgebra.get());
        Cw2vOptions o = Cw2vOptions.parse(options);
        System.out.println("options: " + o);
        System.out.println("backend: " + problem.algebra().describe());
        long t2 = System.nanoTime();
        Cw2v.Outcome out = Cw2v.train(problem, o, new JobContext(new Printer(), new Cancellation()));
        double total = secs(t2);
        report(out, total);
    }

    private static void report(Cw2v.Outcome out, double total) {
        Cw2vTrace t = out.trace();
        System.out.printf(Locale.ROOT, "trained %,d tokens, unplaced %,d, candidates %d, batch %,d pairs, corpus %,d tokens%n",
                t.trainedTokens(), t.unplacedTokens(), t.candidates(), t.batch(), t.corpusTokens());
        System.out.printf(Locale.ROOT, "setup (tokenize corpus + candidates + start rows): %.1f s; first-batch loss %.4f%n",
                t.setupSeconds(), t.firstBatchLoss());
        System.out.println("| epoch | mean loss | pairs | steps | seconds |");
        System.out.println("|---|---|---|---|---|");
        for (Cw2vTrace.Epoch e : t.epochs()) {
            System.out.printf(Locale.ROOT, "| %d | %.4f | %,d | %d | %.1f |%n", e.number(), e.meanLoss(), e.pairs(),
                    e.steps(), e.seconds());
        }
        System.out.printf(Locale.ROOT, "total %.1f s%n", total);
        for (MatrixRole role : List.of(MatrixRole.INPUT, MatrixRole.OUTPUT)) {
            List<TokenInit> p = out.result().provenance(role);
            long convex = p.stream().filter(TokenInit::convexByConstruction).count();
            double maxWeight = p.stream().filter(TokenInit::convexByConstruction)
                    .mapToDouble(x -> java.util.Arrays.stream(x.weights()).max().orElse(0)).average().orElse(Double.NaN);
            if (!p.isEmpty()) {
                System.out.printf(Locale.ROOT, "%s: %,d convex mixtures, mean largest weight %.3f%n", role.label(),
                        convex, maxWeight);
            }
        }
    }

    /// The added pieces (ids ≥ `rows`) that are normal tokens, with their base decomposition.
    private static List<NewToken> newTokens(TokenizerView base, TokenizerView target, int rows, int wanted) {
        List<NewToken> out = new ArrayList<>();
        for (int id = rows; id < target.size() && out.size() < wanted; id++) {
            if (target.tokenKind(id) != org.vwb.vocab.TokenKind.NORMAL || target.text(id).isEmpty()) {
                continue;
            }
            out.add(new NewToken(id, target.piece(id), target.text(id), base.encode(target.text(id))));
        }
        return out;
    }

    private static FloatMatrix synthetic(int rows, int dim, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        float[] mu = new float[dim];
        float[] s = new float[dim];
        for (int j = 0; j < dim; j++) {
            mu[j] = (float) (0.002 * root.nextGaussian());
            s[j] = (float) (0.04 * Math.pow(0.1, (double) j / dim));
        }
        float[] d = new float[rows * dim];
        long[] seeds = new long[rows];
        for (int i = 0; i < rows; i++) {
            seeds[i] = root.nextLong();
        }
        IntStream.range(0, rows).parallel().forEach(i -> {
            SplittableRandom r = new SplittableRandom(seeds[i]);
            for (int j = 0; j < dim; j++) {
                d[i * dim + j] = (float) (mu[j] + s[j] * r.nextGaussian());
            }
        });
        return new FloatMatrix(rows, dim, d);
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /// Prints stage changes and notes (the per-epoch loss lines) with a timestamp.
    private static final class Printer implements ProgressSink {
        private final long start = System.nanoTime();

        @Override
        public void begin(String stage, long totalUnits) {
            System.out.printf(Locale.ROOT, "[%7.1f s] %s%n", secs(start), stage);
        }

        @Override
        public void advance(long units) {
        }

        @Override
        public void note(String message) {
            System.out.printf(Locale.ROOT, "[%7.1f s] %s%n", secs(start), message);
        }
    }
}
