package org.vwb.bench.numeric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.GemmProbe;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.LinearAlgebra.Backend;

/// The GEMM benchmark: `20,000 × 300 · 300 × 32,000` in `float`, as `A·B` and as `A·Bᵀ` with
/// `B` stored `32,000 × 300` (how similarities are computed), on each backend; best and median of
/// `--runs` timed runs after one warm-up, GFLOP/s, the ratio to the best backend of the run, and the
/// largest deviation from a `double` reference on sampled rows. Run through `benchmarks/run-gemm.sh`.
///
/// Options: `--m --k --n` (shape), `--runs` (default 5), `--backends` (comma list of `openblas`,
/// `nd4j`, `nd4j-api`, `panama`, `panama-api`), `--layouts` (`ab,abt`), `--decompositions` (also time
/// SVD 5,000 × 300 and Cholesky / eigen 4,096 × 4,096 on the ND4J backend). Prints Markdown to stdout.
public final class GemmBench {
    private GemmBench() {}

    /// Entry point; see the type documentation for the options.
    public static void main(String[] args) {
        Map<String, String> opt = options(args);
        int m = Integer.parseInt(opt.getOrDefault("m", "20000"));
        int k = Integer.parseInt(opt.getOrDefault("k", "300"));
        int n = Integer.parseInt(opt.getOrDefault("n", "32000"));
        int runs = Integer.parseInt(opt.getOrDefault("runs", "5"));
        List<String> backends = List.of(opt.getOrDefault("backends", "openblas,nd4j,nd4j-api,panama").split(","));
        List<String> layouts = List.of(opt.getOrDefault("layouts", "ab,abt").split(","));

        System.out.println(Machine.describe());
        System.out.printf(Locale.ROOT, "shape: %d × %d · %d × %d f32, %.1f GFLOP per product, %d timed runs "
                + "after 1 warm-up%n%n", m, k, k, n, flops(m, k, n) / 1e9, runs);
        FloatMatrix a = random(m, k, 1);
        List<Result> results = new ArrayList<>();
        for (String layout : layouts) {
            boolean transB = layout.equals("abt");
            FloatMatrix b = transB ? random(n, k, 2) : random(k, n, 2);
            Reference ref = Reference.of(a, b, transB, 64);
            for (String backend : backends) {
                results.add(measure(backend, layout, a, b, transB, runs, ref));
                System.gc(); // release the previous backend's 2.56 GB C before the next allocates its own
            }
        }
        Report.print(results, flops(m, k, n), Machine.theoreticalPeakGflops());
        if (opt.containsKey("decompositions")) {
            Decompositions.run(LinearAlgebra.of(Backend.ND4J), runs);
        }
    }

    private static Result measure(String backend, String layout, FloatMatrix a, FloatMatrix b, boolean transB,
                                  int runs, Reference ref) {
        if (backend.endsWith("-api")) {
            LinearAlgebra la = LinearAlgebra.of(backend.startsWith("nd4j") ? Backend.ND4J : Backend.PANAMA);
            FloatMatrix[] last = new FloatMatrix[1];
            double[] t = time(runs, () -> last[0] = la.gemm(a, b, false, transB), () -> last[0] = null);
            // the timed lambda keeps only the last product alive, so peak heap stays at one C
            FloatMatrix c = la.gemm(a, b, false, transB);
            return new Result(backend, layout, "LinearAlgebra.gemm via " + la.describe(), t,
                    ref.maxAbsDiff((from, to) -> Arrays.copyOfRange(c.data(), from * c.cols(), to * c.cols())));
        }
        GemmProbe.Kind kind = switch (backend) {
            case "openblas" -> GemmProbe.Kind.OPENBLAS;
            case "nd4j" -> GemmProbe.Kind.ND4J;
            case "panama" -> GemmProbe.Kind.PANAMA;
            default -> throw new IllegalArgumentException("unknown backend " + backend);
        };
        try (GemmProbe probe = GemmProbe.create(kind, a, b, false, transB)) {
            double[] t = time(runs, probe::run, () -> { });
            return new Result(backend, layout, probe.describe(), t, ref.maxAbsDiff(probe::rows));
        }
    }

    private static double[] time(int runs, Runnable body, Runnable between) {
        body.run(); // warm-up: JIT for the Java kernel, thread-pool and page faults for all
        between.run();
        double[] seconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            body.run();
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            between.run();
        }
        Arrays.sort(seconds);
        return seconds;
    }

    static double flops(int m, int k, int n) {
        return 2.0 * m * k * n;
    }

    static FloatMatrix random(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] d = new float[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) r.nextDouble(-1, 1);
        }
        return new FloatMatrix(rows, cols, d);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            out.put(key, flag ? "true" : args[++i]);
        }
        return out;
    }

    /// One backend × layout measurement; `seconds` sorted ascending.
    record Result(String backend, String layout, String description, double[] seconds, double maxAbsDiff) {
        double best() {
            return seconds[0];
        }

        double median() {
            return seconds[seconds.length / 2];
        }
    }
}
