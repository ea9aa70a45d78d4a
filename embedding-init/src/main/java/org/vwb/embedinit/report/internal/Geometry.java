package org.vwb.embedinit.report.internal;

import java.util.Arrays;
import org.vwb.numeric.FloatMatrix;

/// Row statistics in `double`: norms, the mean row, cosines to a vector, medians.
public final class Geometry {
    private Geometry() {}

    /// Euclidean norm of every row.
    public static double[] norms(FloatMatrix x) {
        int d = x.cols();
        float[] a = x.data();
        double[] out = new double[x.rows()];
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                double v = a[i * d + j];
                s += v * v;
            }
            out[i] = Math.sqrt(s);
        }
        return out;
    }

    /// The mean row.
    public static double[] mean(FloatMatrix x) {
        int d = x.cols();
        float[] a = x.data();
        double[] acc = new double[d];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < d; j++) {
                acc[j] += a[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            acc[j] /= x.rows();
        }
        return acc;
    }

    /// Cosine of every row to `v` (0 for a zero row or a zero `v`).
    public static double[] cosines(FloatMatrix x, double[] v, double[] rowNorms) {
        int d = x.cols();
        float[] a = x.data();
        double vn = 0;
        for (double c : v) {
            vn += c * c;
        }
        vn = Math.sqrt(vn);
        double[] out = new double[x.rows()];
        for (int i = 0; i < out.length; i++) {
            double dot = 0;
            for (int j = 0; j < d; j++) {
                dot += a[i * d + j] * v[j];
            }
            double den = rowNorms[i] * vn;
            out[i] = den > 0 ? dot / den : 0;
        }
        return out;
    }

    /// The median (NaN for no values).
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    /// The `q`-quantile (0 ≤ q ≤ 1) by linear interpolation (NaN for no values).
    public static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    /// The mean (NaN for no values).
    public static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).sum() / values.length;
    }
}
