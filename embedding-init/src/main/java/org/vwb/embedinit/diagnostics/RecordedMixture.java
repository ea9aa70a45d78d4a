package org.vwb.embedinit.diagnostics;

import java.util.Objects;

/// The mixture a strategy recorded for a new row (source base rows and their weights), verified by
/// [ConvexHullDiagnostics] instead of solving.
///
/// @param sourceIds base row indices
/// @param weights   the weights, parallel to `sourceIds`
public record RecordedMixture(int[] sourceIds, double[] weights) {
    /// Checks the arrays are parallel and non-empty.
    public RecordedMixture {
        Objects.requireNonNull(sourceIds, "sourceIds");
        Objects.requireNonNull(weights, "weights");
        if (sourceIds.length != weights.length || sourceIds.length == 0) {
            throw new IllegalArgumentException("a mixture needs as many weights as source ids (at least one), found "
                    + sourceIds.length + " ids and " + weights.length + " weights");
        }
    }
}
