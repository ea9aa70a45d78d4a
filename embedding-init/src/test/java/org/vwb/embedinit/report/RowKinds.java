package org.vwb.embedinit.report;

import java.util.SplittableRandom;
import org.vwb.numeric.FloatMatrix;

/// New rows of the kinds METHODS.md §6.4 predicts a verdict for, drawn from the empirical mean `μ` and
/// covariance `Σ` of a base matrix: `N(μ, s·Σ)` is sampled as `μ + √s · Σ_i g_i (x_i − μ) / √(n − 1)` with
/// i.i.d. standard normal `g_i`, whose covariance is exactly `s·Σ` (no decomposition needed).
final class RowKinds {
    private final FloatMatrix base;
    private final double[] mu;
    private final double[] sigma;
    private final SplittableRandom random;

    RowKinds(FloatMatrix base, long seed) {
        this.base = base;
        this.random = new SplittableRandom(seed);
        int n = base.rows();
        int d = base.cols();
        mu = new double[d];
        sigma = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mu[j] += base.data()[i * d + j] / (double) n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double v = base.data()[i * d + j] - mu[j];
                sigma[j] += v * v / (n - 1);
            }
        }
        for (int j = 0; j < d; j++) {
            sigma[j] = Math.sqrt(sigma[j]);
        }
    }

    /// `N(μ, s·Σ)`.
    float[] gaussian(double s) {
        int n = base.rows();
        int d = base.cols();
        double[] acc = new double[d];
        for (int i = 0; i < n; i++) {
            double g = random.nextGaussian() * Math.sqrt(s / (n - 1));
            for (int j = 0; j < d; j++) {
                acc[j] += g * (base.data()[i * d + j] - mu[j]);
            }
        }
        float[] out = new float[d];
        for (int j = 0; j < d; j++) {
            out[j] = (float) (mu[j] + acc[j]);
        }
        return out;
    }

    /// Per-dimension `N(μ_j, σ_j²)`, ignoring correlations.
    float[] perDimension() {
        float[] out = new float[mu.length];
        for (int j = 0; j < mu.length; j++) {
            out[j] = (float) (mu[j] + sigma[j] * random.nextGaussian());
        }
        return out;
    }

    /// A convex mixture of `ids.length` random rows; fills `ids` and `weights`.
    float[] mixture(int[] ids, double[] weights) {
        int d = base.cols();
        double sum = 0;
        for (int t = 0; t < ids.length; t++) {
            ids[t] = random.nextInt(base.rows());
            weights[t] = random.nextDouble() + 1e-3;
            sum += weights[t];
        }
        double[] acc = new double[d];
        for (int t = 0; t < ids.length; t++) {
            weights[t] /= sum;
            for (int j = 0; j < d; j++) {
                acc[j] += weights[t] * base.data()[ids[t] * d + j];
            }
        }
        float[] out = new float[d];
        for (int j = 0; j < d; j++) {
            out[j] = (float) acc[j];
        }
        return out;
    }

    /// The mean of all rows.
    float[] mean() {
        float[] out = new float[mu.length];
        for (int j = 0; j < mu.length; j++) {
            out[j] = (float) mu[j];
        }
        return out;
    }

    /// A base with `n` anisotropic rows (a random mixing of decaying scales around a shifted mean).
    static FloatMatrix anisotropicBase(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] mix = new double[d][d];
        for (int k = 0; k < d; k++) {
            for (int j = 0; j < d; j++) {
                mix[k][j] = Math.pow(0.9, k) / Math.sqrt(d) * r.nextGaussian();
            }
        }
        double[] shift = new double[d];
        for (int j = 0; j < d; j++) {
            shift[j] = 0.5 + 0.3 * r.nextGaussian();
        }
        float[] e = new float[n * d];
        for (int i = 0; i < n; i++) {
            double[] z = new double[d];
            for (int k = 0; k < d; k++) {
                z[k] = r.nextGaussian();
            }
            for (int j = 0; j < d; j++) {
                double v = shift[j];
                for (int k = 0; k < d; k++) {
                    v += z[k] * mix[k][j];
                }
                e[i * d + j] = (float) v;
            }
        }
        return new FloatMatrix(n, d, e);
    }
}
