package org.vwb.bench.init;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.TokenizerView;
import org.vwb.embedinit.internal.sampling.Gaussian;
import org.vwb.embedinit.internal.sampling.MultivariateStrategy;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.NotPositiveDefiniteException;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerKind;

/// Issue 5's speed figure for `multivariate`: mean + covariance + Cholesky of a `rows × d` f32 matrix
/// (`Gaussian.fit`, what the strategy runs per matrix), and the whole strategy with sampling `n` new rows,
/// against the GEMM floor: one `Xᵀ·X` (`d × rows · rows × d`) through `LinearAlgebra.gemm`, measured in
/// the same JVM. A Cholesky alone (on the covariance) is timed too, to split the fit.
///
/// The matrix is N(0, 0.02²) plus a per-column offset and a rank-64 component (so the covariance is
/// not a multiple of the identity), from a fixed seed; every row is an anchor.
///
/// `MultivariateBench [ROWS [DIM [NEW [RUNS]]]]` (defaults 32000 4096 20000 3).
public final class MultivariateBench {

    private MultivariateBench() {
    }

    /// Entry point.
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 32_000;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 4_096;
        int newRows = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        LinearAlgebra la = LinearAlgebra.get();
        System.out.printf(Locale.ROOT, "load %s; backend %s; %d × %d, %d new rows, %d runs; max heap %d MiB%n",
                load(), la.describe(), rows, d, newRows, runs, Runtime.getRuntime().maxMemory() >> 20);
        FloatMatrix x = matrix(rows, d);
        int[] ids = new int[rows];
        Arrays.setAll(ids, i -> i);
        double gflop = 2.0 * d * d * rows / 1e9;

        la.gemm(x, x, true, false); // warm-up (native load, JIT)
        List<Double> gemm = new ArrayList<>();
        List<Double> fit = new ArrayList<>();
        List<Double> chol = new ArrayList<>();
        List<Double> strategy = new ArrayList<>();
        String how = "";
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            FloatMatrix c = la.gemm(x, x, true, false);
            gemm.add(sec(t));
            t = System.nanoTime();
            Gaussian g = Gaussian.fit(x, ids, 1e-5, 1e-6, la);
            fit.add(sec(t));
            how = g.how();
            FloatMatrix sigma = la.covariance(x);
            t = System.nanoTime();
            try {
                la.cholesky(sigma);
            } catch (NotPositiveDefiniteException e) {
                throw new IllegalStateException("benchmark matrix should give a positive definite covariance", e);
            }
            chol.add(sec(t));
            t = System.nanoTime();
            InitResult res = new MultivariateStrategy(1e-5, false, 1e-6).initialize(problem(x, newRows), JobContext.silent());
            strategy.add(sec(t));
            check(res.rows(MatrixRole.INPUT), newRows, d, c);
            System.out.printf(Locale.ROOT, "run %d (load %s): gemm %.3f s, fit %.3f s, cholesky %.3f s, strategy %.3f s%n",
                    r + 1, load(), gemm.getLast(), fit.getLast(), chol.getLast(), strategy.getLast());
        }
        double g = min(gemm);
        System.out.printf(Locale.ROOT, "GEMM floor XᵀX (%d×%d · %d×%d, %.0f GFLOP): best %.3f s (%.1f GFLOP/s), all %s%n",
                d, rows, rows, d, gflop, g, gflop / g, gemm);
        System.out.printf(Locale.ROOT, "mean + covariance + Cholesky (Gaussian.fit, %s): best %.3f s = %.2f × GEMM, all %s%n",
                how, min(fit), min(fit) / g, fit);
        System.out.printf(Locale.ROOT, "  of which Cholesky alone: best %.3f s = %.2f × GEMM, all %s%n",
                min(chol), min(chol) / g, chol);
        System.out.printf(Locale.ROOT, "whole strategy (fit + sampling %d rows): best %.3f s = %.2f × GEMM, all %s%n",
                newRows, min(strategy), min(strategy) / g, strategy);
        System.out.printf(Locale.ROOT, "load at end %s%n", load());
    }

    /// A deterministic matrix: N(0, 0.02²) + a per-column offset + a rank-64 component.
    private static FloatMatrix matrix(int rows, int d) {
        SplittableRandom rnd = new SplittableRandom(20_241_126);
        int k = 64;
        float[] u = new float[k * d];
        for (int i = 0; i < u.length; i++) {
            u[i] = (float) (rnd.nextGaussian() * 0.005);
        }
        float[] offset = new float[d];
        for (int j = 0; j < d; j++) {
            offset[j] = (float) (rnd.nextGaussian() * 0.01);
        }
        float[] data = new float[rows * d];
        float[] a = new float[k];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < k; i++) {
                a[i] = (float) rnd.nextGaussian();
            }
            for (int j = 0; j < d; j++) {
                double v = offset[j] + rnd.nextGaussian() * 0.02;
                for (int i = 0; i < k; i++) {
                    v += a[i] * u[i * d + j];
                }
                data[r * d + j] = (float) v;
            }
        }
        return new FloatMatrix(rows, d, data);
    }

    /// A tied problem: every base row an anchor, `n` new tokens after them.
    private static InitProblem problem(FloatMatrix x, int n) {
        List<NewToken> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tokens.add(new NewToken(x.rows() + i, "t" + i, "t" + i, new int[0]));
        }
        BitSet anchors = new BitSet();
        anchors.set(0, x.rows());
        return new InitProblem(x, null, null, view(x.rows()), view(x.rows() + n), tokens, anchors, 42,
                LinearAlgebra.get());
    }

    private static TokenizerView view(int size) {
        return new TokenizerView() {
            @Override public TokenizerKind kind() { return TokenizerKind.SENTENCEPIECE_BPE; }
            @Override public int size() { return size; }
            @Override public String piece(int id) { return "t" + id; }
            @Override public String text(int id) { return "t" + id; }
            @Override public TokenKind tokenKind(int id) { return TokenKind.NORMAL; }
            @Override public int[] encode(String text) { throw new UnsupportedOperationException("not needed"); }
        };
    }

    /// Sanity: the sample has the right shape and is finite, so the timed work was real.
    private static void check(FloatMatrix rows, int n, int d, FloatMatrix c) {
        if (rows.rows() != n || rows.cols() != d || c.rows() != d) {
            throw new IllegalStateException("unexpected shapes");
        }
        for (float v : rows.data()) {
            if (!Float.isFinite(v)) {
                throw new IllegalStateException("non-finite sample");
            }
        }
    }

    private static double sec(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double min(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
