package org.vwb.embedinit.internal.cw2v;

import java.util.BitSet;
import org.vwb.embedinit.InitProblem;

/// What each trained token mixes over and where its logits start.
///
/// @param width  candidates per token
/// @param ids    `tokens × width` base ids (top-K), or the `width` anchors every token shares (exact)
/// @param logits starting logits, `tokens × width`
record Candidates(int width, int[] ids, double[] logits) {

    /// The anchored pieces of problem token `j`: its base decomposition restricted to anchors, with
    /// repeats (a piece that occurs twice weighs twice in FVT's mean).
    static int[] pieces(InitProblem problem, BitSet anchors, int j) {
        return java.util.Arrays.stream(problem.tokens().get(j).baseIds())
                .filter(id -> id >= 0 && id < problem.input().rows() && anchors.get(id)).toArray();
    }

    /// Starting logits for one token: `log((1 − floor)·fvt_k + floor/width)`, where `fvt_k` is the share
    /// of candidate `k` among the anchored pieces (FVT's mean as a mixture), or uniform without pieces.
    /// Mixing in a uniform share keeps every logit finite and every candidate reachable by the gradient.
    static void startLogits(int[] candidates, int candOff, int width, int[] pieces, double floor,
                            double[] logits, int off) {
        for (int k = 0; k < width; k++) {
            int id = candidates[candOff + k];
            int hits = 0;
            for (int piece : pieces) {
                if (piece == id) {
                    hits++;
                }
            }
            double fvt = pieces.length == 0 ? 1.0 / width : hits / (double) pieces.length;
            logits[off + k] = Math.log((1 - floor) * fvt + floor / width);
        }
    }

    /// The exact form: every anchor is a candidate of every token.
    static Candidates exact(InitProblem problem, TrainingSet set, double floor) {
        BitSet anchors = problem.anchors();
        int[] ids = problem.anchorIds();
        int width = ids.length;
        double[] logits = new double[set.trainedCount() * width];
        for (int t = 0; t < set.trainedCount(); t++) {
            startLogits(ids, 0, width, pieces(problem, anchors, set.trained[t]), floor, logits, t * width);
        }
        return new Candidates(width, ids, logits);
    }
}
