package org.vwb.numeric.internal.scalar;

import java.util.Arrays;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.Svd;

/// One-sided (Hestenes) Jacobi SVD in `double`: orthogonalise the columns of `A` by plane rotations,
/// accumulating them in `V`; the column norms are the singular values. Short and accurate; a reference.
final class JacobiSvd {
    private static final int MAX_SWEEPS = 100;
    private static final double EPS = 1e-15;

    private JacobiSvd() {}

    static Svd decompose(FloatMatrix a) {
        if (a.rows() < a.cols()) {
            // Aᵀ = V S Uᵀ: decompose the tall transpose and swap the factors
            Svd t = decompose(a.transpose());
            return new Svd(t.vt().transpose(), t.s(), t.u().transpose());
        }
        int m = a.rows();
        int n = a.cols();
        double[] u = new double[m * n];
        for (int i = 0; i < u.length; i++) {
            u[i] = a.data()[i];
        }
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            v[i * n + i] = 1;
        }
        boolean rotated = true;
        for (int sweep = 0; sweep < MAX_SWEEPS && rotated; sweep++) {
            rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotated |= orthogonalise(u, m, n, p, q, v);
                }
            }
        }
        return assemble(u, v, m, n);
    }

    private static boolean orthogonalise(double[] u, int m, int n, int p, int q, double[] v) {
        double alpha = 0;
        double beta = 0;
        double gamma = 0;
        for (int i = 0; i < m; i++) {
            double up = u[i * n + p];
            double uq = u[i * n + q];
            alpha += up * up;
            beta += uq * uq;
            gamma += up * uq;
        }
        if (gamma == 0 || Math.abs(gamma) <= EPS * Math.sqrt(alpha * beta)) {
            return false;
        }
        double zeta = (beta - alpha) / (2 * gamma);
        double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        if (zeta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(1 + t * t);
        double s = c * t;
        rotateColumns(u, m, n, p, q, c, s);
        rotateColumns(v, n, n, p, q, c, s);
        return true;
    }

    private static void rotateColumns(double[] x, int rows, int n, int p, int q, double c, double s) {
        for (int i = 0; i < rows; i++) {
            double xp = x[i * n + p];
            double xq = x[i * n + q];
            x[i * n + p] = c * xp - s * xq;
            x[i * n + q] = s * xp + c * xq;
        }
    }

    private static Svd assemble(double[] u, double[] v, int m, int n) {
        double[] norms = new double[n];
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += u[i * n + j] * u[i * n + j];
            }
            norms[j] = Math.sqrt(s);
        }
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (x, y) -> Double.compare(norms[y], norms[x]));
        double[] uOut = new double[m * n];
        float[] s = new float[n];
        float[] vt = new float[n * n];
        for (int j = 0; j < n; j++) {
            int src = order[j];
            s[j] = (float) norms[src];
            for (int i = 0; i < m; i++) {
                uOut[i * n + j] = norms[src] > 0 ? u[i * n + src] / norms[src] : 0;
            }
            for (int i = 0; i < n; i++) {
                vt[j * n + i] = (float) v[i * n + src];
            }
        }
        Orthonormal.completeColumns(uOut, m, n);
        float[] uf = new float[m * n];
        for (int i = 0; i < uf.length; i++) {
            uf[i] = (float) uOut[i];
        }
        return new Svd(new FloatMatrix(m, n, uf), s, new FloatMatrix(n, n, vt));
    }
}
