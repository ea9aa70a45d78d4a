package org.vwb.embedinit.internal.sampling;

import org.vwb.numeric.FloatMatrix;

/// Statistics of a set of base rows, accumulated in `double` in row order (deterministic).
final class RowStatistics {

    private RowStatistics() {
    }

    /// The column means of rows `ids`.
    static double[] mean(FloatMatrix m, int[] ids) {
        return org.vwb.embedinit.internal.Mixtures.mean(m, ids);
    }

    /// The population standard deviation of each column over rows `ids` around `mean`.
    static double[] columnStd(FloatMatrix m, int[] ids, double[] mean) {
        int d = m.cols();
        double[] var = new double[d];
        float[] x = m.data();
        for (int id : ids) {
            for (int j = 0; j < d; j++) {
                double v = x[id * d + j] - mean[j];
                var[j] += v * v;
            }
        }
        for (int j = 0; j < d; j++) {
            var[j] = Math.sqrt(var[j] / ids.length);
        }
        return var;
    }

    /// The population standard deviation of all entries of rows `ids` around their single scalar mean
    /// (what `E[ids].std()` gives in numpy).
    static double pooledStd(FloatMatrix m, int[] ids) {
        int d = m.cols();
        float[] x = m.data();
        double sum = 0;
        for (int id : ids) {
            for (int j = 0; j < d; j++) {
                sum += x[id * d + j];
            }
        }
        double count = (double) ids.length * d;
        double mu = sum / count;
        double ss = 0;
        for (int id : ids) {
            for (int j = 0; j < d; j++) {
                double v = x[id * d + j] - mu;
                ss += v * v;
            }
        }
        return Math.sqrt(ss / count);
    }
}
