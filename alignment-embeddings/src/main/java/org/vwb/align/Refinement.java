package org.vwb.align;

import java.util.ArrayList;
import java.util.List;

import org.vwb.numeric.LinearAlgebra;

/// MUSE's iterative Procrustes refinement (Conneau et al. 2018): map the source space with the current
/// rotation, take as a new dictionary the *mutual* nearest neighbours (by NN or CSLS) among the
/// `maxRank` most frequent words of each side, and fit Procrustes again on those pairs; repeat.
///
/// Both spaces are assumed to list words most frequent first (as `.vec`, GloVe and trained files do),
/// so "the `maxRank` most frequent" are the first `maxRank` rows.
public final class Refinement {

    private Refinement() {
    }

    /// One refinement step's outcome.
    ///
    /// @param alignment the re-fitted rotation
    /// @param pairs     how many mutual-neighbour pairs it was fitted on
    public record Step(Alignment alignment, int pairs) {
    }

    /// Runs `iterations` steps from `initial` and returns each step's result, in order.
    ///
    /// @throws IllegalArgumentException if a step finds no mutual pair (the spaces do not align at all)
    public static List<Step> refine(StaticVectors source, StaticVectors target, Alignment initial, int iterations,
            int maxRank, Retrieval method, LinearAlgebra la) {
        if (iterations < 0 || maxRank < 1) {
            throw new IllegalArgumentException("iterations ≥ 0 and maxRank ≥ 1 needed, got " + iterations + ", " + maxRank);
        }
        StaticVectors srcTop = Heads.head(source, maxRank);
        StaticVectors tgtTop = Heads.head(target, maxRank);
        List<Step> steps = new ArrayList<>();
        Alignment current = initial;
        for (int it = 0; it < iterations; it++) {
            List<IndexPair> pairs = mutualPairs(current.apply(srcTop), tgtTop, method);
            if (pairs.isEmpty()) {
                throw new IllegalArgumentException("refinement step " + (it + 1) + " found no mutual nearest neighbours");
            }
            current = Procrustes.fit(source, target, pairs, la);
            steps.add(new Step(current, pairs.size()));
        }
        return steps;
    }

    /// Pairs `(s, t)` where `t` is the best target of `s` and `s` the best source of `t`.
    static List<IndexPair> mutualPairs(StaticVectors mappedSource, StaticVectors target, Retrieval method) {
        CrossLingualRetriever forward = new CrossLingualRetriever(mappedSource, target, CrossLingualRetriever.DEFAULT_CSLS_K);
        CrossLingualRetriever backward = new CrossLingualRetriever(target, mappedSource, CrossLingualRetriever.DEFAULT_CSLS_K);
        int[] bestT = forward.bestTargets(method);
        int[] bestS = backward.bestTargets(method);
        List<IndexPair> out = new ArrayList<>();
        for (int s = 0; s < bestT.length; s++) {
            int t = bestT[s];
            if (t >= 0 && bestS[t] == s) {
                out.add(new IndexPair(s, t));
            }
        }
        return out;
    }
}
