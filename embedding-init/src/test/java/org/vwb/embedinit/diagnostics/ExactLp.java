package org.vwb.embedinit.diagnostics;

/// Test-scope exact LP feasibility for `Eᵀλ = q, 1ᵀλ = 1, λ ≥ 0`: a dense Phase-I simplex method in
/// `double` with Bland's rule (no cycling), independent of the code under test. For N ≤ 60, d ≤ 6.
final class ExactLp {
    private ExactLp() {}

    /// Whether `q` is in the convex hull of the rows of `e` (`n × d`, row-major).
    static boolean inHull(double[][] e, double[] q) {
        int n = e.length;
        int d = q.length;
        int m = d + 1;
        int cols = n + m + 1; // λ, artificials, rhs
        double[][] t = new double[m + 1][cols];
        for (int r = 0; r < m; r++) {
            double rhs = r < d ? q[r] : 1;
            double sign = rhs < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[r][j] = sign * (r < d ? e[j][r] : 1);
            }
            t[r][n + r] = 1;
            t[r][cols - 1] = sign * rhs;
        }
        int[] basis = new int[m];
        for (int r = 0; r < m; r++) {
            basis[r] = n + r;
            for (int j = 0; j < cols; j++) {
                t[m][j] -= t[r][j]; // objective row: minimize Σ artificials, reduced costs
            }
            t[m][n + r] = 0;
        }
        while (true) {
            int enter = -1;
            for (int j = 0; j < n + m; j++) {
                if (t[m][j] < -1e-12) {
                    enter = j;
                    break;
                }
            }
            if (enter < 0) {
                break;
            }
            int leave = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int r = 0; r < m; r++) {
                if (t[r][enter] > 1e-12) {
                    double ratio = t[r][cols - 1] / t[r][enter];
                    if (leave < 0 || ratio < best - 1e-15 || (Math.abs(ratio - best) <= 1e-15 && basis[r] < basis[leave])) {
                        best = ratio;
                        leave = r;
                    }
                }
            }
            if (leave < 0) {
                throw new IllegalStateException("Phase I cannot be unbounded");
            }
            pivot(t, leave, enter);
            basis[leave] = enter;
        }
        return -t[m][cols - 1] <= 1e-9;
    }

    private static void pivot(double[][] t, int row, int col) {
        double p = t[row][col];
        for (int j = 0; j < t[row].length; j++) {
            t[row][j] /= p;
        }
        for (int r = 0; r < t.length; r++) {
            if (r != row && t[r][col] != 0) {
                double f = t[r][col];
                for (int j = 0; j < t[r].length; j++) {
                    t[r][j] -= f * t[row][j];
                }
            }
        }
    }
}
