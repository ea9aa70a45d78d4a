package org.vwb.embedinit.internal.vectors;

import java.util.List;
import org.vwb.align.BilingualDictionary;
import org.vwb.align.DictionaryOverlap;
import org.vwb.align.IndexPair;
import org.vwb.align.StaticVectors;
import org.vwb.align.VectorFormatException;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitInputException.Reason;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.Svd;
import org.vwb.numeric.SymmetricEigen;

/// WECHSEL steps 1, 2 and 4 for token vectors: spaces of different dimension are harmonised by reducing
/// the **larger** one to the smaller dimension with PCA (the reference reduces the source model twice and
/// never a larger target, METHODS §1(e)); then orthogonal Procrustes on the dictionary's casing-variant
/// pairs maps the source space onto the target space (`u ↦ uR`, as `org.vwb.align.Procrustes` does).
///
/// The PCA map is applied without centring, so that a zero vector (a token without a static vector)
/// stays zero and is still recognised as uncovered; Procrustes absorbs the remaining offset.
public final class SpaceAlignment {

    /// How many of the most frequent words the PCA is fitted on.
    static final int PCA_WORDS = 50_000;

    private SpaceAlignment() {
    }

    /// The two token spaces made comparable: `[source, target]`.
    ///
    /// @param dictionary `null` when the spaces are already aligned (one shared space, or pre-aligned)
    /// @throws InitInputException [Reason#DIMENSION_MISMATCH] for different dimensions without a dictionary;
    ///     [Reason#WRONG_VECTORS] when no dictionary pair has both words in the spaces
    public static TokenSpace[] align(String method, LinearAlgebra la, StaticVectors source, TokenSpace sourceTokens,
                                     StaticVectors target, TokenSpace targetTokens, BilingualDictionary dictionary,
                                     String sourceName, String targetName) throws InitInputException {
        int ds = source.dim();
        int dt = target.dim();
        if (dictionary == null) {
            if (ds != dt) {
                throw new InitInputException(Reason.DIMENSION_MISMATCH, "method " + method + ": " + sourceName
                        + " has dimension " + ds + " but " + targetName + " has " + dt + "; spaces of different"
                        + " dimension can only be compared after an alignment: give dictionary=FILE (the larger"
                        + " space is then reduced by PCA and mapped by Procrustes) or vectors of equal dimension");
            }
            return new TokenSpace[] {sourceTokens, targetTokens};
        }
        List<IndexPair> pairs;
        try {
            pairs = DictionaryOverlap.casingVariantPairs(dictionary, source, target);
        } catch (VectorFormatException e) {
            throw new InitInputException(Reason.WRONG_VECTORS, "method " + method + ", option dictionary: "
                    + e.getMessage());
        }
        FloatMatrix ps = ds > dt ? pca(la, source, dt) : null;
        FloatMatrix pt = dt > ds ? pca(la, target, ds) : null;
        FloatMatrix x = pairRows(la, source, pairs, true, ps);
        FloatMatrix y = pairRows(la, target, pairs, false, pt);
        Svd svd = la.svd(la.gemm(x, y, true, false));
        FloatMatrix rotation = la.gemm(svd.u(), svd.vt(), false, false);
        TokenSpace s = ps == null ? sourceTokens : sourceTokens.times(la, ps);
        TokenSpace t = pt == null ? targetTokens : targetTokens.times(la, pt);
        return new TokenSpace[] {s.times(la, rotation), t};
    }

    /// The `k` leading principal axes (columns, largest variance first) of the first [#PCA_WORDS] words.
    static FloatMatrix pca(LinearAlgebra la, StaticVectors space, int k) {
        int n = Math.min(PCA_WORDS, space.size());
        int d = space.dim();
        float[] data = new float[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(space.vector(i), 0, data, i * d, d);
        }
        SymmetricEigen eig = la.symmetricEigen(la.covariance(new FloatMatrix(n, d, data)));
        float[] v = eig.vectors().data();
        float[] w = new float[d * k];
        for (int i = 0; i < d; i++) {
            for (int c = 0; c < k; c++) {
                w[i * k + c] = v[i * d + (d - 1 - c)]; // eigenvalues ascend: the last columns lead
            }
        }
        return new FloatMatrix(d, k, w);
    }

    private static FloatMatrix pairRows(LinearAlgebra la, StaticVectors space, List<IndexPair> pairs, boolean source,
                                        FloatMatrix reduce) {
        int full = space.dim();
        float[] rows = new float[pairs.size() * full];
        for (int i = 0; i < pairs.size(); i++) {
            int row = source ? pairs.get(i).source() : pairs.get(i).target();
            System.arraycopy(space.vector(row), 0, rows, i * full, full);
        }
        FloatMatrix m = new FloatMatrix(pairs.size(), full, rows);
        return reduce == null ? m : la.gemm(m, reduce, false, false);
    }
}
