package org.vwb.embedinit.eval.internal;

import org.vwb.common.Cancellation;
import org.vwb.numeric.FloatMatrix;

/// Cosine and rank metrics of reconstructed rows against the true rows, in `double` with a fixed
/// summation order (so the numbers do not depend on a GEMM backend or thread count).
public final class Scoring {

    /// The metrics of one matrix.
    ///
    /// @param meanCosine    mean of `cos(r_i, t_i)`
    /// @param precisionAt1  share with rank 1
    /// @param precisionAt10 share with rank ≤ 10
    /// @param mrr           mean reciprocal rank
    /// @param ranks         `rank_i` per token, 1-based
    public record Metrics(double meanCosine, double precisionAt1, double precisionAt10, double mrr, int[] ranks) {
    }

    private Scoring() {
    }

    /// Scores row `i` of `reconstructed` against row `i` of `truth`, ranking the true row among all rows
    /// of `truth`: `rank_i = 1 + #{j ≠ i : cos(r_i, t_j) ≥ cos(r_i, t_i)}` (ties count against the
    /// method). A zero row has cosine 0 to everything.
    ///
    /// @throws IllegalArgumentException when the shapes differ
    public static Metrics score(FloatMatrix reconstructed, FloatMatrix truth, Cancellation cancellation) {
        if (reconstructed.rows() != truth.rows() || reconstructed.cols() != truth.cols()) {
            throw new IllegalArgumentException("reconstructed rows are " + reconstructed.rows() + " × "
                    + reconstructed.cols() + ", true rows " + truth.rows() + " × " + truth.cols());
        }
        int n = truth.rows();
        double[][] r = unitRows(reconstructed);
        double[][] t = unitRows(truth);
        int[] ranks = new int[n];
        double cosSum = 0;
        double hits1 = 0;
        double hits10 = 0;
        double rr = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 63) == 0) {
                cancellation.check();
            }
            double own = dot(r[i], t[i]);
            int rank = 1;
            for (int j = 0; j < n; j++) {
                if (j != i && dot(r[i], t[j]) >= own) {
                    rank++;
                }
            }
            ranks[i] = rank;
            cosSum += own;
            hits1 += rank == 1 ? 1 : 0;
            hits10 += rank <= 10 ? 1 : 0;
            rr += 1.0 / rank;
        }
        return new Metrics(cosSum / n, hits1 / n, hits10 / n, rr / n, ranks);
    }

    private static double[][] unitRows(FloatMatrix m) {
        int d = m.cols();
        double[][] out = new double[m.rows()][d];
        float[] data = m.data();
        for (int i = 0; i < m.rows(); i++) {
            double sq = 0;
            for (int j = 0; j < d; j++) {
                double v = data[i * d + j];
                out[i][j] = v;
                sq += v * v;
            }
            // a zero (or non-finite) row becomes zero: cosine 0 to every row
            double norm = Math.sqrt(sq);
            boolean usable = norm > 0 && Double.isFinite(norm);
            for (int j = 0; j < d; j++) {
                out[i][j] = usable ? out[i][j] / norm : 0;
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
