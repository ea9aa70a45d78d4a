package org.vwb.align;

import java.util.ArrayList;
import java.util.List;

import org.vwb.align.internal.TopK;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Finds translations of source words among target words in a shared (aligned) space, by nearest
/// neighbour or by CSLS ([Retrieval]).
///
/// Both spaces are copied as unit-normalized dense rows, so cosines are dot products. The CSLS
/// target penalties `r_S(y)` need every target against every source once (`O(|S|·|T|·d)`), computed on
/// the first CSLS query; they and [#bestTargets] (retrieval for a whole vocabulary) use blocks of GEMM
/// of the numeric module's backend. [#translate] is a plain scan per query.
public final class CrossLingualRetriever {
    /// The neighbourhood size of the MUSE paper and code.
    public static final int DEFAULT_CSLS_K = 10;
    /// Rows per GEMM block of the whole-vocabulary computations (a block × |other side| float matrix).
    private static final int BLOCK = 512;

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

    /// The best target row of every source row by `method` (the retrieval of a whole vocabulary, as
    /// refinement needs it): similarities in blocks of [#BLOCK] source rows by one GEMM each.
    public int[] bestTargets(Retrieval method) {
        int ns = source.size();
        int nt = target.size();
        float[] rS = method == Retrieval.CSLS ? targetPenalty() : new float[nt];
        int[] best = new int[ns];
        LinearAlgebra la = LinearAlgebra.get();
        FloatMatrix t = new FloatMatrix(nt, dim, tgt);
        TopK top = new TopK(Math.min(k, Math.max(1, nt)));
        for (int from = 0; from < ns; from += BLOCK) {
            int rows = Math.min(BLOCK, ns - from);
            float[] sims = la.gemm(new FloatMatrix(rows, dim, java.util.Arrays.copyOfRange(src, from * dim, (from + rows) * dim)),
                    t, false, true).data();
            for (int r = 0; r < rows; r++) {
                int base = r * nt;
                float rT = 0;
                if (method == Retrieval.CSLS) {
                    top.clear();
                    for (int j = 0; j < nt; j++) {
                        top.offer(j, sims[base + j]);
                    }
                    rT = top.mean();
                }
                int arg = -1;
                float bestScore = Float.NEGATIVE_INFINITY;
                for (int j = 0; j < nt; j++) {
                    float score = method == Retrieval.CSLS ? 2 * sims[base + j] - rT - rS[j] : sims[base + j];
                    if (score > bestScore) {
                        bestScore = score;
                        arg = j;
                    }
                }
                best[from + r] = arg;
            }
        }
        return best;
    }

    /// `r_S(y)` for every target row, computed once: mean of the `k` best cosines of `y` to the mapped
    /// sources, in blocks of [#BLOCK] targets by one GEMM each.
    private synchronized float[] targetPenalty() {
        if (targetPenalty == null) {
            int ns = source.size();
            int nt = target.size();
            float[] penalty = new float[nt];
            LinearAlgebra la = LinearAlgebra.get();
            FloatMatrix s = new FloatMatrix(ns, dim, src);
            TopK top = new TopK(Math.min(k, Math.max(1, ns)));
            for (int from = 0; from < nt; from += BLOCK) {
                int rows = Math.min(BLOCK, nt - from);
                float[] sims = la.gemm(new FloatMatrix(rows, dim, java.util.Arrays.copyOfRange(tgt, from * dim, (from + rows) * dim)),
                        s, false, true).data();
                for (int r = 0; r < rows; r++) {
                    top.clear();
                    for (int j = 0; j < ns; j++) {
                        top.offer(j, sims[r * ns + j]);
                    }
                    penalty[from + r] = top.mean();
                }
            }
            targetPenalty = penalty;
        }
        return targetPenalty;
    }
}
