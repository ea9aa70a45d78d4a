package org.vwb.embedinit.diagnostics;

import java.util.Objects;

/// A separating direction proving a row is outside the hull.
///
/// `margin = directionᵀ·row − max_i directionᵀ·base_i > 0` with `‖direction‖ = 1`, so the margin is a
/// lower bound on the Euclidean distance from the row to the hull (METHODS.md §6.1, dual form).
///
/// @param direction unit vector in the original space (length = the row dimension)
/// @param margin    the margin, recomputed in `double`; positive
public record OutsideCertificate(double[] direction, double margin) {
    /// Checks the margin is positive.
    public OutsideCertificate {
        Objects.requireNonNull(direction, "direction");
        if (!(margin > 0)) {
            throw new IllegalArgumentException("an outside certificate needs a positive margin, found " + margin);
        }
    }
}
