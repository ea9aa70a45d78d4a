package org.vwb.embedinit.internal.blend;

import java.util.LinkedHashMap;
import java.util.Map;
import org.vwb.embedinit.Origin;
import org.vwb.embedinit.TokenInit;

/// How a blended row was made, from the records of its two parts.
///
/// - Both parts list their sources (MIXTURE or COPIED): the blend is a MIXTURE over the union of the
///   ids with weights `w·α + (1 − w)·β` (repeated ids merged). Two convex parts give a convex record.
/// - Otherwise (a MEAN part, whose anchor weights are not listed per row, or a SAMPLED part): SAMPLED,
///   with a note that says whether the row is still inside the hull by construction (both parts are)
///   or not certified at all.
final class BlendedProvenance {

    private BlendedProvenance() {
    }

    /// The record of `w·a + (1 − w)·b`, both parts placed and `0 < w < 1`.
    static TokenInit of(TokenInit a, TokenInit b, double w, String label) {
        if (listable(a) && listable(b)) {
            Map<Integer, Double> merged = new LinkedHashMap<>();
            add(merged, a, w);
            add(merged, b, 1 - w);
            int[] ids = merged.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] weights = merged.values().stream().mapToDouble(Double::doubleValue).toArray();
            return new TokenInit(a.id(), a.role(), BlendStrategy.NAME, Origin.MIXTURE, ids, weights, label);
        }
        boolean convex = a.convexByConstruction() && b.convexByConstruction();
        return TokenInit.sampled(a.id(), a.role(), BlendStrategy.NAME, label + " (" + a.origin().name().toLowerCase(
                java.util.Locale.ROOT) + " + " + b.origin().name().toLowerCase(java.util.Locale.ROOT) + "): "
                + (convex ? "inside the hull by construction, anchor weights not listed" : "not certified"));
    }

    /// `only`'s record, relabelled as the blend's, when the other part could not place the token.
    static TokenInit only(TokenInit only, String why) {
        return new TokenInit(only.id(), only.role(), BlendStrategy.NAME, only.origin(), only.sourceIds(),
                only.weights(), why + (only.note().isEmpty() ? "" : "; " + only.note()));
    }

    private static boolean listable(TokenInit t) {
        return t.origin() == Origin.MIXTURE || t.origin() == Origin.COPIED;
    }

    private static void add(Map<Integer, Double> merged, TokenInit t, double scale) {
        int[] ids = t.sourceIds();
        double[] w = t.weights();
        for (int k = 0; k < ids.length; k++) {
            merged.merge(ids[k], scale * w[k], Double::sum);
        }
    }
}
