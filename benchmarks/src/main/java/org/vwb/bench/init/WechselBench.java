package org.vwb.bench.init;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.vwb.common.Cancellation;
import org.vwb.common.JobContext;
import org.vwb.common.ProgressSink;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.Strategies;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.GemmProbe;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.SimilarityBlocks;

/// WECHSEL on a Llama-2-shaped case (issue 5): a 32,000 × 4,096 base, 20,000 new tokens, 300-d static
/// vectors (synthetic Gaussian, one shared space, written as a word2vec binary file that the strategy
/// reads), timed as a whole (`initialize`, file reading included) against the pure GEMM of its similarity
/// step, `20,000 × 300 · (32,000 × 300)ᵀ`, measured in the same run (ND4J kernel on preallocated buffers,
/// before and after the strategy runs). Stage times come from the strategy's progress stages.
///
/// `WechselBench [--base 32000] [--new 20000] [--d 4096] [--vec 300] [--runs 3] [--untied] [--block-log2 27]`
/// (`--block-log2` only sizes the API-GEMM comparison; keep it equal to the strategy's block, 2^27 similarities with -Xmx8g)
public final class WechselBench {
    private WechselBench() {}

    public static void main(String[] args) throws Exception {
        int nBase = arg(args, "--base", 32_000);
        int nNew = arg(args, "--new", 20_000);
        int d = arg(args, "--d", 4_096);
        int vec = arg(args, "--vec", 300);
        int runs = arg(args, "--runs", 3);
        boolean untied = List.of(args).contains("--untied");
        int block = (int) Math.min(nNew, (1L << arg(args, "--block-log2", 27)) / nBase); // the strategy's block
        System.out.println("date: " + Instant.now() + ", load average: " + load());
        LinearAlgebra la = LinearAlgebra.get();
        System.out.println("backend: " + la.describe() + "; cores visible: " + Runtime.getRuntime().availableProcessors());
        SplittableRandom random = new SplittableRandom(42);
        FloatMatrix input = gaussian(nBase, d, 0.02, random.split());
        FloatMatrix output = untied ? gaussian(nBase, d, 0.02, random.split()) : null;
        FloatMatrix words = gaussian(nBase + nNew, vec, 1, random.split());
        String[] names = new String[nBase + nNew];
        for (int i = 0; i < names.length; i++) {
            names[i] = (i < nBase ? "t" : "u") + i;
        }
        Path file = Files.createTempFile("wechsel-bench", ".bin");
        file.toFile().deleteOnExit();
        writeWord2VecBinary(file, names, words);
        String[] baseWords = java.util.Arrays.copyOf(names, nBase);
        InitProblem problem = problem(input, output, new SyntheticTokenizer(baseWords), new SyntheticTokenizer(names),
                nBase, nNew, la);
        System.out.printf(Locale.ROOT, "base %d × %d%s, %d new tokens, %d-d vectors in %s (%.0f MB)%n", nBase, d,
                untied ? " + untied head" : " (tied)", nNew, vec, file.getFileName(), Files.size(file) / 1e6);

        double[] gemmBefore = gemmKernel(words, nBase, nNew, vec);
        InitStrategy wechsel = Strategies.create("wechsel", Map.of("source-vectors", file.toString()));
        List<Double> times = new ArrayList<>();
        for (int r = 0; r <= runs; r++) {
            StageClock clock = new StageClock();
            long t0 = System.nanoTime();
            InitResult result = wechsel.initialize(problem, new JobContext(clock, new Cancellation()));
            double s = secs(t0);
            clock.end();
            System.out.printf(Locale.ROOT, "%s: whole strategy %.2f s (%d rows); stages: %s%n",
                    r == 0 ? "warm-up" : "run " + r, s, result.provenance().size(), clock);
            if (r > 0) {
                times.add(s);
            }
        }
        double[] gemmAfter = gemmKernel(words, nBase, nNew, vec);
        double api = apiBlocks(la, words, nBase, nNew, vec, block);
        double resident = residentBlocks(la, words, nBase, nNew, vec, block);
        double gemm = Math.min(gemmBefore[0], gemmAfter[0]);
        double best = times.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double median = times.stream().sorted().toList().get(times.size() / 2);
        System.out.printf(Locale.ROOT, "GEMM kernel %d × %d · (%d × %d)ᵀ: before %.3f s (median %.3f), after %.3f s "
                + "(median %.3f)%n", nNew, vec, nBase, vec, gemmBefore[0], gemmBefore[1], gemmAfter[0], gemmAfter[1]);
        System.out.printf(Locale.ROOT, "LinearAlgebra.gemm in blocks of %d rows (copies in and out, no selection): "
                + "%.2f s = %.2f × the best kernel time%n", block, api, api / gemm);
        System.out.printf(Locale.ROOT, "LinearAlgebra.similarities in blocks of %d rows (B resident, one copy out, "
                + "no selection): %.2f s = %.2f × the best kernel time%n", block, resident, resident / gemm);
        System.out.printf(Locale.ROOT, "whole strategy: best %.2f s, median %.2f s of %s = %.2f × (best) and %.2f ×"
                + " (median) the best GEMM kernel time %.3f s%n", best, median, times, best / gemm, median / gemm, gemm);
        System.out.println("load average at the end: " + load());
    }

    private static InitProblem problem(FloatMatrix input, FloatMatrix output, SyntheticTokenizer base,
                                       SyntheticTokenizer target, int nBase, int nNew, LinearAlgebra la) {
        List<NewToken> tokens = new ArrayList<>(nNew);
        for (int i = nBase; i < nBase + nNew; i++) {
            tokens.add(new NewToken(i, target.piece(i), target.text(i), new int[0]));
        }
        BitSet anchors = new BitSet();
        anchors.set(0, nBase);
        return new InitProblem(input, output, null, base, target, tokens, anchors, 1L, la);
    }

    /// The similarity GEMMs as the strategy issues them (same block rows), through the public API, timed
    /// without any selection: what the backend's copies add to the kernel.
    private static double apiBlocks(LinearAlgebra la, FloatMatrix words, int nBase, int nNew, int vec, int block) {
        FloatMatrix b = new FloatMatrix(nBase, vec, java.util.Arrays.copyOf(words.data(), nBase * vec));
        long t0 = System.nanoTime();
        for (int start = 0; start < nNew; start += block) {
            int rows = Math.min(block, nNew - start);
            float[] a = new float[rows * vec];
            System.arraycopy(words.data(), (nBase + start) * vec, a, 0, a.length);
            la.gemm(new FloatMatrix(rows, vec, a), b, false, true);
        }
        return secs(t0);
    }

    /// The same blocks through [LinearAlgebra#similarities], as the strategy now issues them: the candidates
    /// copied into the backend once (timed), each block computed into one of two reused heap arrays.
    private static double residentBlocks(LinearAlgebra la, FloatMatrix words, int nBase, int nNew, int vec,
                                         int block) {
        FloatMatrix b = new FloatMatrix(nBase, vec, java.util.Arrays.copyOf(words.data(), nBase * vec));
        float[] a = java.util.Arrays.copyOfRange(words.data(), nBase * vec, (nBase + nNew) * vec);
        FloatMatrix queries = new FloatMatrix(nNew, vec, a);
        float[][] out = {new float[block * nBase], new float[block * nBase]};
        long t0 = System.nanoTime();
        try (SimilarityBlocks blocks = la.similarities(b, block)) {
            for (int start = 0, i = 0; start < nNew; start += block, i++) {
                blocks.compute(queries, start, Math.min(block, nNew - start), out[i % 2]);
            }
        }
        return secs(t0);
    }

    /// Best and median of 3 timed kernel runs after a warm-up.
    private static double[] gemmKernel(FloatMatrix words, int nBase, int nNew, int vec) {
        float[] a = new float[nNew * vec];
        System.arraycopy(words.data(), nBase * vec, a, 0, a.length);
        float[] b = java.util.Arrays.copyOf(words.data(), nBase * vec);
        try (GemmProbe probe = GemmProbe.create(GemmProbe.Kind.ND4J, new FloatMatrix(nNew, vec, a),
                new FloatMatrix(nBase, vec, b), false, true)) {
            probe.run();
            double[] t = new double[3];
            for (int i = 0; i < t.length; i++) {
                long t0 = System.nanoTime();
                probe.run();
                t[i] = secs(t0);
            }
            java.util.Arrays.sort(t);
            return new double[] {t[0], t[1]};
        }
    }

    /// word2vec binary: `count dim\n`, then per word its UTF-8 bytes, a space, `dim` little-endian floats, `\n`.
    private static void writeWord2VecBinary(Path file, String[] names, FloatMatrix v) throws IOException {
        int dim = v.cols();
        ByteBuffer buf = ByteBuffer.allocate(4 * dim).order(ByteOrder.LITTLE_ENDIAN);
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 20))) {
            out.write((names.length + " " + dim + "\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < names.length; i++) {
                out.write((names[i] + " ").getBytes(StandardCharsets.UTF_8));
                buf.clear();
                buf.asFloatBuffer().put(v.data(), i * dim, dim);
                out.write(buf.array());
                out.write('\n');
            }
        }
    }

    private static FloatMatrix gaussian(int rows, int cols, double scale, SplittableRandom random) {
        float[] x = new float[rows * cols];
        SplittableRandom[] parts = new SplittableRandom[rows];
        for (int i = 0; i < rows; i++) {
            parts[i] = random.split();
        }
        IntStream.range(0, rows).parallel().forEach(i -> {
            for (int j = 0; j < cols; j++) {
                x[i * cols + j] = (float) (scale * parts[i].nextGaussian());
            }
        });
        return new FloatMatrix(rows, cols, x);
    }

    /// Wall time between the strategy's progress stages (the first interval is reading the vectors).
    private static final class StageClock implements ProgressSink {
        private final long start = System.nanoTime();
        private long last = start;
        private String stage = "reading vectors";
        private final StringBuilder out = new StringBuilder();

        @Override
        public synchronized void begin(String next, long totalUnits) {
            close();
            stage = next;
        }

        @Override
        public void advance(long units) {
        }

        synchronized void end() {
            close();
        }

        private void close() {
            long now = System.nanoTime();
            out.append(String.format(Locale.ROOT, "%s%s %.2f s", out.isEmpty() ? "" : "; ", stage, (now - last) / 1e9));
            last = now;
        }

        @Override
        public synchronized String toString() {
            return out.toString();
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int arg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
