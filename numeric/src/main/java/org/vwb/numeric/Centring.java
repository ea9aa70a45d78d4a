package org.vwb.numeric;

/// Column means and centring, shared by [LinearAlgebra#covariance].
final class Centring {
    private Centring() {}

    /// A copy of `x` with each column's mean (computed in `double`) subtracted.
    static FloatMatrix centreRows(FloatMatrix x) {
        int n = x.rows();
        int d = x.cols();
        float[] src = x.data();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += src[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        float[] out = new float[src.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                out[i * d + j] = (float) (src[i * d + j] - mean[j]);
            }
        }
        return new FloatMatrix(n, d, out);
    }
}
