package org.vwb.embedinit.diagnostics.internal;

import java.util.stream.IntStream;
import org.vwb.embedinit.diagnostics.OutsideCertificate;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Exact checks of candidate separating directions in the original space, batched as one GEMM.
///
/// The GEMM gives `fl(aᵀe_i)` in `float`; every base row whose float score lies within twice the
/// worst-case dot-product error `(d + 2)·u·‖a‖·max‖e‖` of the float maximum is re-scored in `double`,
/// which makes the maximum exact up to `double` rounding: a row outside that window has a true score below
/// the re-scored maximum. The certificate's direction is the `float` direction itself, normalized in
/// `double`.
final class Separation {
    private static final double FLOAT_EPS = Math.ulp(1f) / 2;

    private Separation() {}

    /// `max_i aᵀe_i` for each row `a` of `dirs`, exact up to `double` rounding.
    static double[] exactMaxima(LinearAlgebra la, FloatMatrix base, double maxBaseNorm, FloatMatrix dirs) {
        FloatMatrix scores = la.gemm(dirs, base, false, true);
        double[] out = new double[dirs.rows()];
        IntStream.range(0, out.length).parallel()
                .forEach(r -> out[r] = exactMax(base, maxBaseNorm, dirs, scores, r));
        return out;
    }

    private static double exactMax(FloatMatrix base, double maxBaseNorm, FloatMatrix dirs, FloatMatrix scores, int r) {
        int d = base.cols();
        int n = base.rows();
        float[] s = scores.data();
        float fmax = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            fmax = Math.max(fmax, s[r * n + i]);
        }
        double slack = 2 * (d + 2) * FLOAT_EPS * Rows.norm(dirs.data(), r * d, d) * maxBaseNorm;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (s[r * n + i] >= fmax - slack) {
                max = Math.max(max, Rows.dot(dirs.data(), r * d, base.data(), i * d, d));
            }
        }
        return max;
    }

    /// The certificate of direction row `dr` of `dirs` for query row `qr` of `queries` given the exact base
    /// maximum along it, or `null` if the margin is not positive.
    static OutsideCertificate certificate(FloatMatrix dirs, int dr, FloatMatrix queries, int qr, double baseMax) {
        int d = dirs.cols();
        double aNorm = Rows.norm(dirs.data(), dr * d, d);
        if (!(aNorm > 0)) {
            return null;
        }
        double margin = (Rows.dot(dirs.data(), dr * d, queries.data(), qr * d, d) - baseMax) / aNorm;
        if (!(margin > 0)) {
            return null;
        }
        double[] unit = new double[d];
        for (int j = 0; j < d; j++) {
            unit[j] = dirs.data()[dr * d + j] / aNorm;
        }
        return new OutsideCertificate(unit, margin);
    }
}
