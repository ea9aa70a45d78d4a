package org.vwb.numeric.internal.scalar;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.NotPositiveDefiniteException;
import org.vwb.numeric.Svd;
import org.vwb.numeric.SymmetricEigen;
import org.vwb.numeric.internal.Checks;

/// The reference backend: textbook loops in `double`, single-threaded. It is the spec the differential
/// tests compare the fast backends against, and the fallback when neither ND4J nor the Vector API runs.
public final class ScalarLinearAlgebra implements LinearAlgebra {

    @Override
    public String describe() {
        return "scalar (reference loops, double accumulation, 1 thread)";
    }

    @Override
    public FloatMatrix gemm(FloatMatrix a, FloatMatrix b, boolean transA, boolean transB) {
        int[] mkn = Checks.gemmShape(a, b, transA, transB);
        int m = mkn[0];
        int k = mkn[1];
        int n = mkn[2];
        float[] c = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += (double) at(a, i, p, transA) * at(b, p, j, transB);
                }
                c[i * n + j] = (float) sum;
            }
        }
        return new FloatMatrix(m, n, c);
    }

    /// Element (i, j) of `op(x)`.
    static float at(FloatMatrix x, int i, int j, boolean trans) {
        return trans ? x.data()[j * x.cols() + i] : x.data()[i * x.cols() + j];
    }

    @Override
    public Svd svd(FloatMatrix a) {
        return JacobiSvd.decompose(a);
    }

    @Override
    public FloatMatrix cholesky(FloatMatrix a) throws NotPositiveDefiniteException {
        Checks.symmetricPositiveDiagonal(a);
        int n = a.rows();
        float[] src = a.data();
        double[] l = new double[n * n];
        for (int j = 0; j < n; j++) {
            double d = src[j * n + j];
            for (int p = 0; p < j; p++) {
                d -= l[j * n + p] * l[j * n + p];
            }
            if (!(d > 0)) {
                throw Checks.notPositiveDefinite(n, j, "pivot " + d);
            }
            double ljj = Math.sqrt(d);
            l[j * n + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = src[i * n + j];
                for (int p = 0; p < j; p++) {
                    s -= l[i * n + p] * l[j * n + p];
                }
                l[i * n + j] = s / ljj;
            }
        }
        float[] out = new float[n * n];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) l[i];
        }
        return new FloatMatrix(n, n, out);
    }

    @Override
    public SymmetricEigen symmetricEigen(FloatMatrix a) {
        return JacobiEigen.decompose(a);
    }
}
