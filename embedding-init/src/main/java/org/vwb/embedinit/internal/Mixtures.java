package org.vwb.embedinit.internal;

import org.vwb.numeric.FloatMatrix;

/// Rows as weighted sums of base rows, accumulated in double so that the result does not depend on how
/// work is split between threads.
public final class Mixtures {

    private Mixtures() {
    }

    /// Writes `Σ weights[k] · source[ids[k]]` into row `row` of `out`.
    public static void mix(FloatMatrix source, int[] ids, double[] weights, FloatMatrix out, int row) {
        int d = source.cols();
        double[] acc = new double[d];
        float[] src = source.data();
        for (int k = 0; k < ids.length; k++) {
            double w = weights[k];
            int base = ids[k] * d;
            for (int j = 0; j < d; j++) {
                acc[j] += w * src[base + j];
            }
        }
        float[] dst = out.data();
        int o = row * d;
        for (int j = 0; j < d; j++) {
            dst[o + j] = (float) acc[j];
        }
    }

    /// Copies base row `id` into row `row` of `out`.
    public static void copy(FloatMatrix source, int id, FloatMatrix out, int row) {
        int d = source.cols();
        System.arraycopy(source.data(), id * d, out.data(), row * d, d);
    }

    /// The mean of the rows `ids` of `source`, in double.
    public static double[] mean(FloatMatrix source, int[] ids) {
        int d = source.cols();
        double[] acc = new double[d];
        float[] src = source.data();
        for (int id : ids) {
            int base = id * d;
            for (int j = 0; j < d; j++) {
                acc[j] += src[base + j];
            }
        }
        for (int j = 0; j < d; j++) {
            acc[j] /= ids.length;
        }
        return acc;
    }

    /// Weighted sum of bias entries (the bias follows the row's mixture: `b_new = Σ w_k b_{ids[k]}`).
    public static float bias(float[] bias, int[] ids, double[] weights) {
        double b = 0;
        for (int k = 0; k < ids.length; k++) {
            b += weights[k] * bias[ids[k]];
        }
        return (float) b;
    }
}
