package org.vwb.align;

import java.util.ArrayList;
import java.util.List;

import org.vwb.align.internal.TopK;

/// Finds translations of source words among target words in a shared (aligned) space, by nearest
/// neighbour or by CSLS ([Retrieval]).
///
/// Both spaces are copied as unit-normalized dense rows, so cosines are dot products. The CSLS
/// target penalties `r_S(y)` need every target against every source once (`O(|S|·|T|·d)`), computed on
/// the first CSLS query. A full scan per query: meant for evaluation-size vocabularies (e.g. the top
/// 200 k words, as MUSE does); a later step moves the products to the numeric module's GEMM.
public final class CrossLingualRetriever {
    /// The neighbourhood size of the MUSE paper and code.
    public static final int DEFAULT_CSLS_K = 10;

    private final StaticVectors source;
    private final StaticVectors target;
    private final float[] src;
    private final float[] tgt;
    private final int dim;
    private final int k;
    private float[] targetPenalty;

    /// A retriever from `mappedSource` (already mapped into the target space) to `target`.
    public CrossLingualRetriever(StaticVectors mappedSource, StaticVectors target, int cslsK) {
        if (mappedSource.dim() != target.dim()) {
            throw new IllegalArgumentException("source dim " + mappedSource.dim() + " != target dim " + target.dim());
        }
        if (cslsK <= 0) {
            throw new IllegalArgumentException("CSLS k must be positive, was " + cslsK);
        }
        this.source = mappedSource;
        this.target = target;
        this.src = mappedSource.unitRows();
        this.tgt = target.unitRows();
        this.dim = target.dim();
        this.k = cslsK;
    }

    /// The mapped source space.
    public StaticVectors source() {
        return source;
    }

    /// The target space.
    public StaticVectors target() {
        return target;
    }

    /// The `n` best target words for source row `sourceRow`, best first. Scores are cosines (NN) or
    /// CSLS scores.
    public List<Neighbor> translate(int sourceRow, int n, Retrieval method) {
        java.util.Objects.checkIndex(sourceRow, source.size());
        int nt = target.size();
        float[] cos = new float[nt];
        TopK nearestTargets = new TopK(Math.min(k, Math.max(1, nt)));
        for (int t = 0; t < nt; t++) {
            cos[t] = TopK.dot(src, sourceRow * dim, tgt, t * dim, dim);
            nearestTargets.offer(t, cos[t]);
        }
        TopK best = new TopK(Math.max(1, Math.min(n, nt)));
        if (method == Retrieval.NN) {
            for (int t = 0; t < nt; t++) {
                best.offer(t, cos[t]);
            }
        } else {
            float rT = nearestTargets.mean();
            float[] rS = targetPenalty();
            for (int t = 0; t < nt; t++) {
                best.offer(t, 2 * cos[t] - rT - rS[t]);
            }
        }
        List<Neighbor> out = new ArrayList<>(best.size());
        for (int i = 0; i < best.size() && i < n; i++) {
            out.add(new Neighbor(target.word(best.index(i)), best.index(i), best.score(i)));
        }
        return out;
    }

    /// Like [#translate(int, int, Retrieval)] for a source word; empty if it is not in the source space.
    public List<Neighbor> translate(String sourceWord, int n, Retrieval method) {
        int i = source.indexOf(sourceWord);
        return i < 0 ? List.of() : translate(i, n, method);
    }

    /// `r_S(y)` for every target row, computed once (targets in parallel: it is `|S|·|T|` dot products).
    private synchronized float[] targetPenalty() {
        if (targetPenalty == null) {
            int ns = source.size();
            int kk = Math.min(k, Math.max(1, ns));
            float[] penalty = new float[target.size()];
            java.util.stream.IntStream.range(0, penalty.length).parallel().forEach(t -> {
                TopK top = new TopK(kk);
                for (int s = 0; s < ns; s++) {
                    top.offer(s, TopK.dot(tgt, t * dim, src, s * dim, dim));
                }
                penalty[t] = top.mean();
            });
            targetPenalty = penalty;
        }
        return targetPenalty;
    }
}
