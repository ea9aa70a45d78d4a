package org.vwb.numeric.internal.scalar;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.SymmetricEigen;
import org.vwb.numeric.internal.Checks;

/// Cyclic Jacobi eigenvalue iteration in `double` (Golub & Van Loan, §8.5): slow (O(n³) per sweep) but
/// short and unconditionally accurate, which is what a reference needs.
final class JacobiEigen {
    private static final int MAX_SWEEPS = 100;

    private JacobiEigen() {}

    static SymmetricEigen decompose(FloatMatrix matrix) {
        int n = Checks.square(matrix, "symmetricEigen");
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // symmetrise so that float asymmetry in the input cannot stall convergence
                a[i * n + j] = 0.5 * ((double) matrix.data()[i * n + j] + matrix.data()[j * n + i]);
            }
        }
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            v[i * n + i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a, n) > 1e-30 * (1 + diagonal(a, n)); sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(a, v, n, p, q);
                }
            }
        }
        return sorted(a, v, n);
    }

    private static void rotate(double[] a, double[] v, int n, int p, int q) {
        double apq = a[p * n + q];
        if (apq == 0) {
            return;
        }
        double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < n; k++) { // A ← A·J (columns p, q)
            double akp = a[k * n + p];
            double akq = a[k * n + q];
            a[k * n + p] = c * akp - s * akq;
            a[k * n + q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) { // A ← Jᵀ·A (rows p, q)
            double apk = a[p * n + k];
            double aqk = a[q * n + k];
            a[p * n + k] = c * apk - s * aqk;
            a[q * n + k] = s * apk + c * aqk;
        }
        for (int k = 0; k < n; k++) { // V ← V·J
            double vkp = v[k * n + p];
            double vkq = v[k * n + q];
            v[k * n + p] = c * vkp - s * vkq;
            v[k * n + q] = s * vkp + c * vkq;
        }
    }

    private static double offDiagonal(double[] a, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    s += a[i * n + j] * a[i * n + j];
                }
            }
        }
        return s;
    }

    private static double diagonal(double[] a, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i * n + i] * a[i * n + i];
        }
        return s;
    }

    private static SymmetricEigen sorted(double[] a, double[] v, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[x * n + x], a[y * n + y]));
        float[] values = new float[n];
        float[] vectors = new float[n * n];
        for (int j = 0; j < n; j++) {
            int src = order[j];
            values[j] = (float) a[src * n + src];
            for (int i = 0; i < n; i++) {
                vectors[i * n + j] = (float) v[i * n + src];
            }
        }
        return new SymmetricEigen(values, new FloatMatrix(n, n, vectors));
    }
}
