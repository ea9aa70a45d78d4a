package org.vwb.embedinit.internal.vectors;

import java.util.Arrays;

/// Sparsemax (Martins & Astudillo 2016): the Euclidean projection of a score vector onto the probability
/// simplex, `α_i = max(z_i − τ(z), 0)`. Only the largest scores can be in the support, so a row is
/// projected from its top entries, enlarging the selection until the support is shorter than it — exact,
/// without sorting the whole row.
public final class Sparsemax {

    private static final int FIRST = 16;

    private Sparsemax() {
    }

    /// The support and weights of sparsemax of `values[offset .. offset+length)`.
    ///
    /// @param index indices (relative to `offset`) with positive weight, largest score first (ties: lower index first)
    /// @param weight their weights (positive, summing to 1)
    public record Result(int[] index, double[] weight) {
    }

    /// Projects one row.
    public static Result of(float[] values, int offset, int length) {
        int k = Math.min(FIRST, length);
        while (true) {
            int[] idx = new int[k];
            float[] val = new float[k];
            TopK.select(values, offset, length, k, idx, val);
            int support = support(val, k);
            if (support < k || k == length) {
                double tau = threshold(val, support);
                double[] w = new double[support];
                for (int i = 0; i < support; i++) {
                    w[i] = val[i] - tau;
                }
                return new Result(Arrays.copyOf(idx, support), w);
            }
            k = (int) Math.min(length, 4L * k);
        }
    }

    /// `max{j : 1 + j·z_(j) > Σ_{i≤j} z_(i)}` over scores sorted in descending order (a prefix property).
    static int support(float[] sortedDesc, int n) {
        double cum = 0;
        int support = 0;
        for (int j = 1; j <= n; j++) {
            cum += sortedDesc[j - 1];
            if (1 + j * (double) sortedDesc[j - 1] > cum) {
                support = j;
            } else {
                break;
            }
        }
        return support;
    }

    /// `τ = (Σ_{i≤support} z_(i) − 1) / support`.
    static double threshold(float[] sortedDesc, int support) {
        double cum = 0;
        for (int i = 0; i < support; i++) {
            cum += sortedDesc[i];
        }
        return (cum - 1) / support;
    }
}
