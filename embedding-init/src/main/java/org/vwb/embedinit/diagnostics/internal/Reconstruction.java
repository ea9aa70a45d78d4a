package org.vwb.embedinit.diagnostics.internal;

import org.vwb.embedinit.diagnostics.InsideCertificate;
import org.vwb.numeric.FloatMatrix;

/// Convex weights turned into an inside certificate, the residual recomputed in `double` in the original
/// space.
final class Reconstruction {
    private Reconstruction() {}

    /// The certificate of the positive entries of `lambda` (renormalized to sum 1 in `double`).
    ///
    /// @param baseMean the base rows' mean in `double`: when `lambda` is uniform over every row (the solver's
    ///                 start, where near-centroid rows are decided) the reconstruction is this mean, so the
    ///                 `N × d` re-verification loop is skipped (it dominated the benchmark: 200 such rows ×
    ///                 32,000 × 4,096 multiply-adds)
    static InsideCertificate of(FloatMatrix base, float[] lambda, float[] query, int queryOffset, double[] baseMean) {
        int[] ids = support(lambda);
        if (uniform(lambda)) {
            double[] w = new double[ids.length];
            java.util.Arrays.fill(w, 1.0 / ids.length);
            return new InsideCertificate(ids, w, distance(baseMean, query, queryOffset));
        }
        double[] w = normalised(lambda, ids);
        return new InsideCertificate(ids, w, residual(base, ids, w, query, queryOffset));
    }

    /// Whether every entry equals the first and is positive (the solver's uniform start).
    static boolean uniform(float[] lambda) {
        for (float v : lambda) {
            if (v != lambda[0]) {
                return false;
            }
        }
        return lambda[0] > 0;
    }

    /// The indices of the positive entries, ascending.
    static int[] support(float[] lambda) {
        int count = 0;
        for (float v : lambda) {
            if (v > 0) {
                count++;
            }
        }
        int[] ids = new int[count];
        int k = 0;
        for (int i = 0; i < lambda.length; i++) {
            if (lambda[i] > 0) {
                ids[k++] = i;
            }
        }
        return ids;
    }

    /// The entries at `ids`, renormalised to sum 1 in `double`.
    static double[] normalised(float[] lambda, int[] ids) {
        double[] w = new double[ids.length];
        double sum = 0;
        for (int t = 0; t < ids.length; t++) {
            w[t] = lambda[ids[t]];
            sum += w[t];
        }
        for (int t = 0; t < ids.length; t++) {
            w[t] /= sum;
        }
        return w;
    }

    static double distance(double[] x, float[] query, int queryOffset) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            double r = x[j] - query[queryOffset + j];
            s += r * r;
        }
        return Math.sqrt(s);
    }

    /// The mean of the rows of `base` in `double` (the reconstruction of uniform weights).
    static double[] mean(FloatMatrix base) {
        int d = base.cols();
        double[] m = new double[d];
        float[] e = base.data();
        for (int i = 0; i < base.rows(); i++) {
            for (int j = 0; j < d; j++) {
                m[j] += e[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            m[j] /= base.rows();
        }
        return m;
    }

    /// `‖Σ w[k]·base[ids[k]] − query‖` in `double`.
    static double residual(FloatMatrix base, int[] ids, double[] w, float[] query, int queryOffset) {
        int d = base.cols();
        double[] x = new double[d];
        float[] e = base.data();
        for (int k = 0; k < ids.length; k++) {
            int o = ids[k] * d;
            for (int j = 0; j < d; j++) {
                x[j] += w[k] * e[o + j];
            }
        }
        double s = 0;
        for (int j = 0; j < d; j++) {
            double r = x[j] - query[queryOffset + j];
            s += r * r;
        }
        return Math.sqrt(s);
    }
}
