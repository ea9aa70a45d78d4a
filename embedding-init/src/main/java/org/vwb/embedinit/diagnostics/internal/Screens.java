package org.vwb.embedinit.diagnostics.internal;

import java.util.stream.IntStream;
import org.vwb.embedinit.diagnostics.OutsideCertificate;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Cheap screens that can only prove "outside" (METHODS.md §6.2 item 4): the principal axes `±v_k` of
/// the base (query-independent: the base maxima are computed once), then the direction `q − μ` from the
/// centroid for each remaining query (one GEMM of queries × base).
final class Screens {
    private Screens() {}

    /// Axis screen: for each query, the best separating principal axis, or `null`.
    static OutsideCertificate[] axes(LinearAlgebra la, FloatMatrix base, double maxBaseNorm, FloatMatrix axesColumns,
                                     int count, FloatMatrix queries) {
        int d = base.cols();
        int k = Math.min(count, d);
        if (k == 0) {
            return new OutsideCertificate[queries.rows()];
        }
        float[] dirs = new float[2 * k * d];
        float[] v = axesColumns.data();
        for (int a = 0; a < k; a++) {
            int col = d - 1 - a; // eigenvalues ascend: the last columns are the principal axes
            for (int j = 0; j < d; j++) {
                dirs[(2 * a) * d + j] = v[j * d + col];
                dirs[(2 * a + 1) * d + j] = -v[j * d + col];
            }
        }
        FloatMatrix dm = new FloatMatrix(2 * k, d, dirs);
        double[] maxima = Separation.exactMaxima(la, base, maxBaseNorm, dm);
        OutsideCertificate[] out = new OutsideCertificate[queries.rows()];
        IntStream.range(0, out.length).parallel().forEach(q -> {
            OutsideCertificate best = null;
            for (int a = 0; a < 2 * k; a++) {
                OutsideCertificate c = Separation.certificate(dm, a, queries, q, maxima[a]);
                if (c != null && (best == null || c.margin() > best.margin())) {
                    best = c;
                }
            }
            out[q] = best;
        });
        return out;
    }

    /// Centroid screen: direction `q − μ` for each query, or `null` where it does not separate.
    static OutsideCertificate[] centroid(LinearAlgebra la, FloatMatrix base, double maxBaseNorm, float[] mean,
                                         FloatMatrix queries) {
        FloatMatrix dirs = Rows.centred(queries, mean);
        double[] maxima = Separation.exactMaxima(la, base, maxBaseNorm, dirs);
        OutsideCertificate[] out = new OutsideCertificate[queries.rows()];
        IntStream.range(0, out.length).parallel()
                .forEach(q -> out[q] = Separation.certificate(dirs, q, queries, q, maxima[q]));
        return out;
    }
}
