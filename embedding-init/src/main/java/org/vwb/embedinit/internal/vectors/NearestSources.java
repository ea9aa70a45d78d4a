package org.vwb.embedinit.internal.vectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.vwb.common.JobContext;
import org.vwb.numeric.LinearAlgebra;

/// Mixture weights from cosine similarity in a static space: WECHSEL's and OFA's top-`k` neighbours with
/// `softmax(cos / τ)`, and FOCUS's `sparsemax(cos)` over all anchors. Queries and candidates without a
/// vector take no part; blocked GEMMs keep memory bounded ([BlockedSimilarity]).
public final class NearestSources {

    private NearestSources() {
    }

    /// For each query token: its `k` most similar candidates and weights `softmax(cos / τ)` (entries
    /// whose weight underflows to 0 are dropped). Ties in cosine go to the lower candidate id.
    ///
    /// @param candidates static vectors of the source tokens; their ids are the base ids mixed
    /// @param uncovered  the note of a query without a vector, by query position
    public static List<Placement> softmax(LinearAlgebra la, TokenSpace queries, TokenSpace candidates, int k,
                                          double temperature, long blockFloats, JobContext ctx,
                                          IntFunction<String> uncovered) {
        TokenSpace.Unit q = queries.unit();
        TokenSpace.Unit c = candidates.unit();
        Placement[] out = new Placement[queries.size()];
        if (q.size() > 0 && c.size() > 0) {
            int kk = Math.min(k, c.size());
            String note = "top-" + kk + " of " + c.size() + " sources by cosine, softmax τ=" + temperature;
            BlockedSimilarity.run(la, q.matrix(), c.matrix(), blockFloats, ctx, (row, sims, offset, length) -> {
                int[] idx = new int[kk];
                float[] val = new float[kk];
                TopK.select(sims, offset, length, kk, idx, val);
                out[q.positions()[row]] = softmaxOf(idx, val, temperature, candidates.ids(), c.positions(), note);
            });
        }
        return fill(out, uncovered);
    }

    /// For each query token: `sparsemax(cos)` over all candidates (FOCUS).
    public static List<Placement> sparsemax(LinearAlgebra la, TokenSpace queries, TokenSpace candidates,
                                            long blockFloats, JobContext ctx, IntFunction<String> uncovered) {
        TokenSpace.Unit q = queries.unit();
        TokenSpace.Unit c = candidates.unit();
        Placement[] out = new Placement[queries.size()];
        if (q.size() > 0 && c.size() > 0) {
            String note = "sparsemax of cosine over " + c.size() + " anchors";
            BlockedSimilarity.run(la, q.matrix(), c.matrix(), blockFloats, ctx, (row, sims, offset, length) -> {
                Sparsemax.Result s = Sparsemax.of(sims, offset, length);
                int[] ids = new int[s.index().length];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = candidates.ids()[c.positions()[s.index()[i]]];
                }
                out[q.positions()[row]] = Placement.mixture(ids, s.weight(), note);
            });
        }
        return fill(out, uncovered);
    }

    /// `softmax(val / τ)` in `double`, shifted by the maximum; zero weights dropped.
    static Placement softmaxOf(int[] idx, float[] val, double temperature, int[] candidateIds, int[] positions,
                               String note) {
        double[] w = new double[idx.length];
        double sum = 0;
        for (int i = 0; i < idx.length; i++) {
            w[i] = Math.exp((val[i] - (double) val[0]) / temperature);
            sum += w[i];
        }
        int n = 0;
        int[] ids = new int[idx.length];
        double[] weights = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            if (w[i] / sum > 0) {
                ids[n] = candidateIds[positions[idx[i]]];
                weights[n++] = w[i] / sum;
            }
        }
        return Placement.mixture(Arrays.copyOf(ids, n), Arrays.copyOf(weights, n), note);
    }

    private static List<Placement> fill(Placement[] out, IntFunction<String> uncovered) {
        List<Placement> list = new ArrayList<>(out.length);
        for (int i = 0; i < out.length; i++) {
            list.add(out[i] != null ? out[i] : Placement.unplaced(uncovered.apply(i)));
        }
        return list;
    }
}
