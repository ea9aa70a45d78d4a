package org.vwb.embedinit.diagnostics.internal;

import org.vwb.embedinit.diagnostics.InsideCertificate;
import org.vwb.numeric.FloatMatrix;

/// Convex weights turned into an inside certificate, the residual recomputed in `double` in the original
/// space.
final class Reconstruction {
    private Reconstruction() {}

    /// The certificate of the positive entries of `lambda` (renormalized to sum 1 in `double`).
    static InsideCertificate of(FloatMatrix base, float[] lambda, float[] query, int queryOffset) {
        int count = 0;
        for (float v : lambda) {
            if (v > 0) {
                count++;
            }
        }
        int[] ids = new int[count];
        double[] w = new double[count];
        double sum = 0;
        int k = 0;
        for (int i = 0; i < lambda.length; i++) {
            if (lambda[i] > 0) {
                ids[k] = i;
                w[k] = lambda[i];
                sum += lambda[i];
                k++;
            }
        }
        for (int t = 0; t < count; t++) {
            w[t] /= sum;
        }
        return new InsideCertificate(ids, w, residual(base, ids, w, query, queryOffset));
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
