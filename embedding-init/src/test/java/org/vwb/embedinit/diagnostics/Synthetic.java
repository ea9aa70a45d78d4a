package org.vwb.embedinit.diagnostics;

import java.util.Random;
import org.vwb.numeric.FloatMatrix;

/// Anisotropic Gaussian test data: base rows `μ + z·M` with `M` a random mixing matrix scaled by decaying
/// per-row factors (so `Σ = MᵀM` has correlated, unequal axes), and the query kinds of METHODS.md §6.4.
final class Synthetic {
    final int d;
    final float[] mu;
    final double[][] mix;
    final FloatMatrix base;
    private final Random random;

    Synthetic(int n, int d, long seed) {
        this.d = d;
        this.random = new Random(seed);
        mu = new float[d];
        for (int j = 0; j < d; j++) {
            mu[j] = (float) (2 + random.nextGaussian());
        }
        mix = new double[d][d];
        for (int k = 0; k < d; k++) {
            double scale = Math.pow(0.9, k) / Math.sqrt(d);
            for (int j = 0; j < d; j++) {
                mix[k][j] = scale * random.nextGaussian();
            }
        }
        float[] e = new float[n * d];
        for (int i = 0; i < n; i++) {
            float[] row = draw(1);
            System.arraycopy(row, 0, e, i * d, d);
        }
        base = new FloatMatrix(n, d, e);
    }

    /// `N(μ, s·Σ)`.
    float[] draw(double s) {
        double[] z = new double[d];
        for (int k = 0; k < d; k++) {
            z[k] = random.nextGaussian();
        }
        float[] out = new float[d];
        for (int j = 0; j < d; j++) {
            double v = 0;
            for (int k = 0; k < d; k++) {
                v += z[k] * mix[k][j];
            }
            out[j] = (float) (mu[j] + Math.sqrt(s) * v);
        }
        return out;
    }

    /// Per-dimension `N(μ_j, σ_j²)` with `σ_j² = Σ_jj`, ignoring correlations (the WECHSEL/OFA fallback).
    float[] perDimension() {
        float[] out = new float[d];
        for (int j = 0; j < d; j++) {
            double var = 0;
            for (int k = 0; k < d; k++) {
                var += mix[k][j] * mix[k][j];
            }
            out[j] = (float) (mu[j] + Math.sqrt(var) * random.nextGaussian());
        }
        return out;
    }

    /// A convex mixture of `k` random base rows with random weights; ids and weights in `ids`/`weights`.
    float[] mixture(int k, int[] ids, double[] weights) {
        double sum = 0;
        for (int t = 0; t < k; t++) {
            ids[t] = random.nextInt(base.rows());
            weights[t] = random.nextDouble() + 1e-3;
            sum += weights[t];
        }
        float[] out = new float[d];
        for (int t = 0; t < k; t++) {
            weights[t] /= sum;
            for (int j = 0; j < d; j++) {
                out[j] += (float) (weights[t] * base.data()[ids[t] * d + j]);
            }
        }
        return out;
    }

    static FloatMatrix stack(java.util.List<float[]> rows) {
        int d = rows.get(0).length;
        float[] a = new float[rows.size() * d];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, a, i * d, d);
        }
        return new FloatMatrix(rows.size(), d, a);
    }

    Random random() {
        return random;
    }
}
