package org.vwb.embedinit.diagnostics.internal;

import org.vwb.embedinit.diagnostics.InsideCertificate;
import org.vwb.embedinit.diagnostics.RecordedMixture;
import org.vwb.numeric.FloatMatrix;

/// Verification of a recorded mixture: ids in range, weights finite and ≥ 0 summing to 1 within the
/// tolerance, and the reconstruction within the inside tolerance.
final class Mixtures {
    private Mixtures() {}

    /// The inside certificate, or `null` if the mixture does not prove membership.
    static InsideCertificate verify(FloatMatrix base, RecordedMixture m, FloatMatrix queries, int row,
                                    double sumTolerance, double tolerance) {
        int[] ids = m.sourceIds();
        double[] w = m.weights();
        double sum = 0;
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] < 0 || ids[k] >= base.rows() || !(w[k] >= 0) || Double.isInfinite(w[k])) {
                return null;
            }
            sum += w[k];
        }
        if (!(Math.abs(sum - 1) <= sumTolerance)) {
            return null;
        }
        double residual = Reconstruction.residual(base, ids, w, queries.data(), row * queries.cols());
        return residual <= tolerance ? new InsideCertificate(ids.clone(), w.clone(), residual) : null;
    }
}
