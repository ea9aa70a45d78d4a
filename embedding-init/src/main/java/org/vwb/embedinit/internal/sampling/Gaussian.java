package org.vwb.embedinit.internal.sampling;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.NotPositiveDefiniteException;
import org.vwb.numeric.SymmetricEigen;

/// A multivariate normal `N(μ, s·Σ)` fitted to base rows, as a mean and a square-root factor `F` with
/// `F·Fᵀ = s·Σ` (so `μ + F·z`, `z ~ N(0, I)`, has the requested distribution).
///
/// `Σ` is the sample covariance (`/(n − 1)`) computed with one GEMM of the centred rows. `F` is the
/// Cholesky factor of `Σ` times `√s`; when `Σ` is not positive definite in `float` (fewer rows than
/// dimensions, collinear rows), its eigenvalues are floored at `floor · λ_max` and `F = V·diag(√(s·λ))`.
///
/// @param mean   `μ`, per column
/// @param factor `F`, `d × d`, or `null` when `Σ` is zero or undefined (fewer than two rows): rows are `μ`
/// @param how    how `F` was obtained, for provenance notes
public record Gaussian(double[] mean, FloatMatrix factor, String how) {

    /// Fits the rows `ids` of `m`.
    ///
    /// @param scale the covariance scale `s` (≥ 0)
    /// @param floor the eigenvalue floor relative to the largest eigenvalue
    public static Gaussian fit(FloatMatrix m, int[] ids, double scale, double floor, LinearAlgebra algebra) {
        double[] mean = RowStatistics.mean(m, ids);
        if (ids.length < 2 || scale == 0) {
            return new Gaussian(mean, null, ids.length < 2 ? "covariance undefined for one row: the mean" : "scale 0: the mean");
        }
        FloatMatrix sigma = covariance(m, ids, mean, algebra);
        float root = (float) Math.sqrt(scale);
        try {
            FloatMatrix l = algebra.cholesky(sigma);
            float[] f = l.data();
            for (int i = 0; i < f.length; i++) {
                f[i] *= root;
            }
            return new Gaussian(mean, l, "Cholesky");
        } catch (NotPositiveDefiniteException e) {
            return floored(mean, algebra.symmetricEigen(sigma), scale, floor);
        }
    }

    /// `(X − μ)ᵀ(X − μ) / (n − 1)` over rows `ids`, centring in double and one GEMM (one copy of the rows).
    static FloatMatrix covariance(FloatMatrix m, int[] ids, double[] mean, LinearAlgebra algebra) {
        int d = m.cols();
        float[] src = m.data();
        float[] centred = new float[ids.length * d];
        for (int i = 0; i < ids.length; i++) {
            int base = ids[i] * d;
            for (int j = 0; j < d; j++) {
                centred[i * d + j] = (float) (src[base + j] - mean[j]);
            }
        }
        FloatMatrix xc = new FloatMatrix(ids.length, d, centred);
        FloatMatrix c = algebra.gemm(xc, xc, true, false);
        double inv = 1.0 / (ids.length - 1);
        float[] cd = c.data();
        // a GEMM's XᵀX is symmetric only to a few ulps; the factorizations want it exact
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                float v = (float) ((cd[i * d + j] + (double) cd[j * d + i]) * 0.5 * inv);
                cd[i * d + j] = v;
                cd[j * d + i] = v;
            }
        }
        return c;
    }

    private static Gaussian floored(double[] mean, SymmetricEigen eig, double scale, double floor) {
        float[] values = eig.values();
        int d = values.length;
        double max = values[d - 1];
        if (!(max > 0)) {
            return new Gaussian(mean, null, "covariance is zero: the mean");
        }
        double min = floor * max;
        float[] v = eig.vectors().data();
        float[] f = new float[d * d];
        for (int j = 0; j < d; j++) {
            float s = (float) Math.sqrt(scale * Math.max(values[j], min));
            for (int i = 0; i < d; i++) {
                f[i * d + j] = v[i * d + j] * s;
            }
        }
        return new Gaussian(mean, new FloatMatrix(d, d, f),
                "eigenvalues floored at " + (float) floor + "·λmax (covariance not positive definite)");
    }
}
