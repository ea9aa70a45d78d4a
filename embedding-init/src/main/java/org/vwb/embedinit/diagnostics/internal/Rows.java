package org.vwb.embedinit.diagnostics.internal;

import java.util.Arrays;
import org.vwb.numeric.FloatMatrix;

/// Row-wise helpers on row-major matrices, accumulating in `double`.
final class Rows {
    private Rows() {}

    static float[] mean(FloatMatrix x) {
        int n = x.rows();
        int d = x.cols();
        double[] acc = new double[d];
        float[] a = x.data();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                acc[j] += a[i * d + j];
            }
        }
        float[] m = new float[d];
        for (int j = 0; j < d; j++) {
            m[j] = (float) (acc[j] / n);
        }
        return m;
    }

    static FloatMatrix centred(FloatMatrix x, float[] mean) {
        int d = x.cols();
        float[] a = x.data();
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - mean[i % d];
        }
        return new FloatMatrix(x.rows(), d, out);
    }

    static double norm(float[] a, int offset, int length) {
        double s = 0;
        for (int j = 0; j < length; j++) {
            double v = a[offset + j];
            s += v * v;
        }
        return Math.sqrt(s);
    }

    static double dot(float[] a, int ao, float[] b, int bo, int length) {
        double s = 0;
        for (int j = 0; j < length; j++) {
            s += (double) a[ao + j] * b[bo + j];
        }
        return s;
    }

    static double[] norms(FloatMatrix x) {
        double[] n = new double[x.rows()];
        for (int i = 0; i < n.length; i++) {
            n[i] = norm(x.data(), i * x.cols(), x.cols());
        }
        return n;
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    /// The given rows of `x`, as a new matrix.
    static FloatMatrix select(FloatMatrix x, int[] rows) {
        int d = x.cols();
        float[] out = new float[rows.length * d];
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(x.data(), rows[k] * d, out, k * d, d);
        }
        return new FloatMatrix(rows.length, d, out);
    }
}
