package org.vwb.embedinit.diagnostics;

import java.util.Objects;

/// Convex weights proving a row is (within `residual`) in the hull: `row ≈ Σ weights[k] · base[ids[k]]`.
///
/// @param ids      base row indices with a nonzero weight, ascending
/// @param weights  the weights (≥ 0, summing to 1), parallel to `ids`
/// @param residual `‖Σ weights[k] · base[ids[k]] − row‖`, recomputed in `double` in the original space
public record InsideCertificate(int[] ids, double[] weights, double residual) {
    /// Checks the arrays are parallel.
    public InsideCertificate {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(weights, "weights");
        if (ids.length != weights.length) {
            throw new IllegalArgumentException(ids.length + " ids but " + weights.length + " weights");
        }
    }
}
