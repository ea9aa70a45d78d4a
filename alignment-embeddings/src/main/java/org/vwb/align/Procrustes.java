package org.vwb.align;

import java.util.List;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.Svd;

/// Orthogonal Procrustes alignment from dictionary pairs, as WECHSEL does it:
/// `R* = argmin_{RᵀR = I} ‖XR − Y‖_F = U·Vᵀ` with `U·Σ·Vᵀ = svd(XᵀY)`, the rows of `X` and `Y` being the
/// raw (not normalized) vectors of the paired words; source vectors are then mapped `u ↦ uR` and the
/// target space is left as it is.
public final class Procrustes {

    private Procrustes() {
    }

    /// Fits on WECHSEL's casing-variant pairs of `dictionary` ([DictionaryOverlap]) with the process-wide
    /// [LinearAlgebra] backend.
    ///
    /// @throws VectorFormatException [VectorFormatException.Reason#EMPTY_OVERLAP] if no pair has both
    ///     words in the vocabularies
    public static Alignment fit(StaticVectors source, StaticVectors target, BilingualDictionary dictionary)
            throws VectorFormatException {
        return fit(source, target, DictionaryOverlap.casingVariantPairs(dictionary, source, target), LinearAlgebra.get());
    }

    /// Fits on explicit row pairs with the given backend.
    ///
    /// @throws IllegalArgumentException if the spaces differ in dimension or `pairs` is empty
    public static Alignment fit(StaticVectors source, StaticVectors target, List<IndexPair> pairs, LinearAlgebra la) {
        int d = source.dim();
        if (target.dim() != d) {
            throw new IllegalArgumentException("source dim " + d + " != target dim " + target.dim()
                    + " (reduce the larger space first, as WECHSEL does with PCA)");
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no training pairs");
        }
        int n = pairs.size();
        float[] x = new float[n * d];
        float[] y = new float[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(source.vector(pairs.get(i).source()), 0, x, i * d, d);
            System.arraycopy(target.vector(pairs.get(i).target()), 0, y, i * d, d);
        }
        FloatMatrix cross = la.gemm(new FloatMatrix(n, d, x), new FloatMatrix(n, d, y), true, false);
        Svd svd = la.svd(cross);
        FloatMatrix r = la.gemm(svd.u(), svd.vt(), false, false);
        return new Alignment(r.data(), d, n);
    }
}
