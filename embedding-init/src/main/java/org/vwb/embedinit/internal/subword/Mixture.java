package org.vwb.embedinit.internal.subword;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.Origin;
import org.vwb.embedinit.TokenInit;

/// A convex combination of base rows: distinct ids with positive weights that sum to 1.
///
/// @param ids     distinct base ids, in the order they were first seen
/// @param weights positive weights parallel to `ids`, summing to 1 (up to rounding)
public record Mixture(int[] ids, double[] weights) {

    private static final Mixture EMPTY = new Mixture(new int[0], new double[0]);

    /// Copies the arrays.
    public Mixture {
        ids = ids.clone();
        weights = weights.clone();
        if (ids.length != weights.length) {
            throw new IllegalArgumentException(ids.length + " ids but " + weights.length + " weights");
        }
    }

    /// The mixture with no ids (what a decomposition that kept no piece gives).
    public static Mixture empty() {
        return EMPTY;
    }

    /// Merges repeated ids (their weights add up), drops ids of weight 0 and scales the rest to sum 1;
    /// empty when nothing of positive weight remains.
    ///
    /// @throws IllegalArgumentException for a negative or non-finite weight
    public static Mixture normalized(int[] ids, double[] raw) {
        if (ids.length != raw.length) {
            throw new IllegalArgumentException(ids.length + " ids but " + raw.length + " weights");
        }
        Map<Integer, Double> merged = new LinkedHashMap<>();
        double total = 0;
        for (int k = 0; k < ids.length; k++) {
            if (!(raw[k] >= 0) || Double.isInfinite(raw[k])) {
                throw new IllegalArgumentException("weight " + raw[k] + " of id " + ids[k] + "; expected >= 0");
            }
            if (raw[k] > 0) {
                merged.merge(ids[k], raw[k], Double::sum);
                total += raw[k];
            }
        }
        if (merged.isEmpty()) {
            return EMPTY;
        }
        int[] outIds = new int[merged.size()];
        double[] outW = new double[merged.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : merged.entrySet()) {
            outIds[i] = e.getKey();
            outW[i++] = e.getValue() / total;
        }
        return new Mixture(outIds, outW);
    }

    /// Equal weights over `ids` (repeats count once per occurrence, then merge).
    public static Mixture uniform(int[] ids) {
        double[] w = new double[ids.length];
        java.util.Arrays.fill(w, 1.0);
        return normalized(ids, w);
    }

    /// `Σ partWeights[k] · parts[k]`, merged and normalised (a convex combination of convex combinations).
    public static Mixture combine(List<Mixture> parts, double[] partWeights) {
        int n = parts.stream().mapToInt(m -> m.ids.length).sum();
        int[] ids = new int[n];
        double[] w = new double[n];
        int i = 0;
        for (int k = 0; k < parts.size(); k++) {
            Mixture m = parts.get(k);
            for (int j = 0; j < m.ids.length; j++) {
                ids[i] = m.ids[j];
                w[i++] = partWeights[k] * m.weights[j];
            }
        }
        return normalized(ids, w);
    }

    /// Whether there is no id.
    public boolean isEmpty() {
        return ids.length == 0;
    }

    /// The provenance record of a row made from this mixture.
    public TokenInit record(int tokenId, MatrixRole role, String method, String note) {
        return new TokenInit(tokenId, role, method, Origin.MIXTURE, ids, weights, note);
    }

    @Override
    public int[] ids() {
        return ids.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }
}
