package org.vwb.numeric.internal.scalar;

/// Repairs the columns of `U` that belong to (numerically) zero singular values.
final class Orthonormal {
    private Orthonormal() {}

    /// Replaces every column of the `m × n` row-major `u` whose norm is not ≈ 1 by a unit vector
    /// orthogonal to all other columns (Gram–Schmidt on the standard basis), so `U` stays orthonormal
    /// even for rank-deficient input, as LAPACK's `gesvd` guarantees.
    static void completeColumns(double[] u, int m, int n) {
        int candidate = 0;
        for (int j = 0; j < n; j++) {
            if (Math.abs(norm(u, m, n, j) - 1) < 1e-6) {
                continue;
            }
            while (candidate < m) {
                for (int i = 0; i < m; i++) {
                    u[i * n + j] = i == candidate ? 1 : 0;
                }
                candidate++;
                for (int k = 0; k < n; k++) {
                    if (k != j && Math.abs(norm(u, m, n, k) - 1) < 1e-6) {
                        double dot = 0;
                        for (int i = 0; i < m; i++) {
                            dot += u[i * n + j] * u[i * n + k];
                        }
                        for (int i = 0; i < m; i++) {
                            u[i * n + j] -= dot * u[i * n + k];
                        }
                    }
                }
                double len = norm(u, m, n, j);
                if (len > 1e-3) {
                    for (int i = 0; i < m; i++) {
                        u[i * n + j] /= len;
                    }
                    break;
                }
            }
        }
    }

    private static double norm(double[] u, int m, int n, int j) {
        double s = 0;
        for (int i = 0; i < m; i++) {
            s += u[i * n + j] * u[i * n + j];
        }
        return Math.sqrt(s);
    }
}
