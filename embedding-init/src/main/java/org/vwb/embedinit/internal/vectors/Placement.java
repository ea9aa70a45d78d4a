package org.vwb.embedinit.internal.vectors;

import java.util.Objects;

/// What a strategy decided for one token: a mixture of base rows (a copy is a mixture of one) or nothing
/// (the token goes to the fallback). Weights are the same for every matrix role.
///
/// @param ids     base ids of the mixture (empty when unplaced)
/// @param weights weights parallel to `ids` (non-negative, summing to 1)
/// @param copy    whether the row is a copy of one base row (FOCUS's canonical-form overlap)
/// @param note    a short remark: why unplaced, or how the mixture was found
public record Placement(int[] ids, double[] weights, boolean copy, String note) {

    /// Checks the arrays.
    public Placement {
        Objects.requireNonNull(note, "note");
        if (ids.length != weights.length) {
            throw new IllegalArgumentException(ids.length + " ids but " + weights.length + " weights");
        }
    }

    /// A convex mixture.
    public static Placement mixture(int[] ids, double[] weights, String note) {
        return new Placement(ids, weights, false, note);
    }

    /// A copy of base row `id`.
    public static Placement copyOf(int id, String note) {
        return new Placement(new int[] {id}, new double[] {1}, true, note);
    }

    /// Nothing: the token is left to the fallback.
    public static Placement unplaced(String why) {
        return new Placement(new int[0], new double[0], false, why);
    }

    /// Whether the token was placed.
    public boolean placed() {
        return ids.length > 0;
    }
}
