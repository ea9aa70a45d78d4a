package org.vwb.numeric.internal;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.NotPositiveDefiniteException;

/// Argument checks every backend shares, so that all of them reject the same inputs the same way.
public final class Checks {
    private Checks() {}

    /// The shape `{m, k, n}` of `op(A) · op(B)`, after checking the inner dimensions and the result size.
    public static int[] gemmShape(FloatMatrix a, FloatMatrix b, boolean transA, boolean transB) {
        int m = transA ? a.cols() : a.rows();
        int k = transA ? a.rows() : a.cols();
        int kb = transB ? b.cols() : b.rows();
        int n = transB ? b.rows() : b.cols();
        if (k != kb) {
            throw new IllegalArgumentException("gemm: op(A) is " + m + " × " + k + " but op(B) is " + kb
                    + " × " + n + " (transA=" + transA + ", transB=" + transB + ")");
        }
        if ((long) m * n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("gemm: the " + m + " × " + n
                    + " result exceeds a Java array; split the rows of A");
        }
        return new int[] {m, k, n};
    }

    /// Throws unless `a` is square.
    public static int square(FloatMatrix a, String operation) {
        if (a.rows() != a.cols()) {
            throw new IllegalArgumentException(operation + " needs a square matrix, found "
                    + a.rows() + " × " + a.cols());
        }
        return a.rows();
    }

    /// Throws [NotPositiveDefiniteException] if `a` is visibly asymmetric or has a non-positive or
    /// non-finite diagonal entry; the pivots themselves are checked by each factorization.
    public static void symmetricPositiveDiagonal(FloatMatrix a) throws NotPositiveDefiniteException {
        int n = square(a, "cholesky");
        float[] d = a.data();
        for (int i = 0; i < n; i++) {
            float aii = d[i * n + i];
            if (!(aii > 0) || !Float.isFinite(aii)) {
                throw new NotPositiveDefiniteException("cholesky: the " + n + " × " + n
                        + " matrix is not positive definite: diagonal entry (" + i + ", " + i + ") is " + aii);
            }
            for (int j = 0; j < i; j++) {
                float x = d[i * n + j];
                float y = d[j * n + i];
                // float covariances built as XᵀX are symmetric to a few ulps, not exactly
                if (Math.abs(x - y) > 1e-5f * Math.max(1f, Math.max(Math.abs(x), Math.abs(y)))) {
                    throw new NotPositiveDefiniteException("cholesky: the " + n + " × " + n
                            + " matrix is not symmetric: (" + i + ", " + j + ") is " + x + " but (" + j + ", "
                            + i + ") is " + y);
                }
            }
        }
    }

    /// The exception for a pivot that is not positive.
    public static NotPositiveDefiniteException notPositiveDefinite(int n, int pivot, String found) {
        return new NotPositiveDefiniteException("cholesky: the " + n + " × " + n
                + " matrix is not positive definite: the leading minor of order " + (pivot + 1)
                + " is not positive (" + found + ")");
    }
}
