package org.vwb.bench.numeric;

import java.util.Arrays;
import java.util.Locale;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.NotPositiveDefiniteException;
import org.vwb.numeric.Svd;
import org.vwb.numeric.SymmetricEigen;

/// Reference timings for the decompositions later issues need (Procrustes SVD, covariance Cholesky and
/// eigenvalue floor), through the public API, with a residual check each.
final class Decompositions {
    private Decompositions() {}

    static void run(LinearAlgebra la, int runs) {
        System.out.println("decompositions on " + la.describe());
        System.out.println();
        System.out.println("| operation | best s | median s | check |");
        System.out.println("|---|---|---|---|");
        FloatMatrix x = GemmBench.random(5000, 300, 3);
        Svd[] svd = new Svd[1];
        double[] t = time(runs, () -> svd[0] = la.svd(x));
        FloatMatrix us = scaleColumns(svd[0].u(), svd[0].s());
        row("thin SVD 5,000 × 300", t, "max abs diff U·S·Vᵀ vs A: " + fmt(la.gemm(us, svd[0].vt(), false, false).maxAbsDiff(x)));

        FloatMatrix spd = spd(la, 4096);
        FloatMatrix[] l = new FloatMatrix[1];
        t = time(runs, () -> l[0] = cholesky(la, spd));
        row("Cholesky 4,096 × 4,096", t, "max abs diff L·Lᵀ vs A: " + fmt(la.gemm(l[0], l[0], false, true).maxAbsDiff(spd)));

        SymmetricEigen[] eig = new SymmetricEigen[1];
        t = time(Math.min(runs, 3), () -> eig[0] = la.symmetricEigen(spd));
        FloatMatrix av = la.gemm(spd, eig[0].vectors(), false, false);
        row("symmetric eigen 4,096 × 4,096 (values + vectors)", t,
                "max abs diff A·V vs V·Λ: " + fmt(av.maxAbsDiff(scaleColumns(eig[0].vectors(), eig[0].values()))));
        System.out.println();
    }

    private static FloatMatrix cholesky(LinearAlgebra la, FloatMatrix a) {
        try {
            return la.cholesky(a);
        } catch (NotPositiveDefiniteException e) {
            throw new IllegalStateException("the benchmark's SPD matrix was rejected", e);
        }
    }

    private static FloatMatrix spd(LinearAlgebra la, int n) {
        FloatMatrix g = la.covariance(GemmBench.random(2 * n, n, 4));
        float[] d = g.data();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) { // exact symmetry: LAPACK reads one triangle, our check reads both
                d[i * n + j] = d[j * n + i];
            }
            d[i * n + i] += 0.1f;
        }
        return g;
    }

    private static double[] time(int runs, Runnable body) {
        body.run();
        double[] s = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            body.run();
            s[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(s);
        return s;
    }

    private static void row(String what, double[] t, String check) {
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %s |%n", what, t[0], t[t.length / 2], check);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2e", d);
    }

    private static FloatMatrix scaleColumns(FloatMatrix m, float[] s) {
        float[] d = m.data().clone();
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                d[i * m.cols() + j] *= s[j];
            }
        }
        return new FloatMatrix(m.rows(), m.cols(), d);
    }
}
