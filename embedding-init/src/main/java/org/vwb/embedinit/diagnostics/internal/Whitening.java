package org.vwb.embedinit.diagnostics.internal;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.SymmetricEigen;

/// Centre and whiten (METHODS.md §6.2 item 3): `x ↦ (x − μ)·W` with `W = V·diag(1/√s)` from the base
/// covariance `Σ = V·diag(s)·Vᵀ`, eigenvalues floored at `floor · max(s)`. Any invertible affine map keeps
/// hull membership exactly, and whitening removes the dominant mean direction that would otherwise make
/// the gradient's Lipschitz constant huge. After whitening `ẼᵀẼ = (N − 1)·diag(s/s_floored) ≤ (N − 1)·I`.
///
/// @param mean      the base mean `μ` (length d)
/// @param w         `d × d`, column k = eigenvector k divided by `√s_k`
/// @param axes      `d × d` unit eigenvectors (columns), ascending eigenvalue
/// @param scales    `√s_k` (floored), per eigen-axis k: since `W⁻¹ = diag(scales)·Vᵀ`, a whitened vector `r`
///                  has original length `‖r ∘ scales‖` and a whitened direction `ã` maps to `a = W·ã` of
///                  length `‖ã / scales‖`
/// @param base      the whitened base `Ẽ` (`N × d`)
record Whitening(float[] mean, FloatMatrix w, FloatMatrix axes, double[] scales, FloatMatrix base) {

    static Whitening of(LinearAlgebra la, FloatMatrix e, double floor) {
        int d = e.cols();
        FloatMatrix cov = la.covariance(e);
        SymmetricEigen eig = la.symmetricEigen(cov);
        float[] s = eig.values();
        double max = Math.max(s[s.length - 1], Float.MIN_NORMAL);
        float[] w = new float[d * d];
        float[] v = eig.vectors().data();
        double[] scales = new double[d];
        for (int k = 0; k < d; k++) {
            scales[k] = Math.sqrt(Math.max(s[k], floor * max));
            double scale = 1 / scales[k];
            for (int j = 0; j < d; j++) {
                w[j * d + k] = (float) (v[j * d + k] * scale);
            }
        }
        FloatMatrix wm = new FloatMatrix(d, d, w);
        float[] mean = Rows.mean(e);
        return new Whitening(mean, wm, eig.vectors(), scales, la.gemm(Rows.centred(e, mean), wm, false, false));
    }

    /// The whitened copy of `q`'s rows.
    FloatMatrix apply(LinearAlgebra la, FloatMatrix q) {
        return la.gemm(Rows.centred(q, mean), w, false, false);
    }

    /// Original-space directions `a = W·ã` for whitened directions `ã` (rows of `dirs`).
    FloatMatrix toOriginalDirections(LinearAlgebra la, FloatMatrix dirs) {
        return la.gemm(dirs, w, false, true);
    }
}
