package org.vwb.embedinit.diagnostics.internal;

import java.util.Random;
import org.vwb.embedinit.diagnostics.Dominance;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Samples standard-normal directions `h` (seeded) and counts, per query row, those in which the row's
/// score `hᵀq` beats every base row's: one GEMM `H·Eᵀ` for the base maxima and a small one for the queries.
public final class DominanceSampler {
    private DominanceSampler() {}

    /// See [Dominance].
    public static Dominance sample(LinearAlgebra la, FloatMatrix base, FloatMatrix queries, int directions, long seed) {
        int d = base.cols();
        Random random = new Random(seed);
        float[] h = new float[directions * d];
        for (int i = 0; i < h.length; i++) {
            h[i] = (float) random.nextGaussian();
        }
        FloatMatrix hm = new FloatMatrix(directions, d, h);
        FloatMatrix baseScores = la.gemm(hm, base, false, true);
        FloatMatrix queryScores = la.gemm(hm, queries, false, true);
        int n = base.rows();
        int b = queries.rows();
        int[] wins = new int[b];
        for (int k = 0; k < directions; k++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, baseScores.data()[k * n + i]);
            }
            for (int q = 0; q < b; q++) {
                if (queryScores.data()[k * b + q] > max) {
                    wins[q]++;
                }
            }
        }
        double[] fractions = new double[b];
        for (int q = 0; q < b; q++) {
            fractions[q] = (double) wins[q] / directions;
        }
        return new Dominance(fractions, directions, seed);
    }
}
