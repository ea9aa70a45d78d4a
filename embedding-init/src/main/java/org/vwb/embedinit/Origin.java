package org.vwb.embedinit;

/// How a new row was made; the diagnostics read it to certify convex-hull membership without solving.
public enum Origin {
    /// Copied from the base row of the same token (overlapping string, or a special token matched by role).
    COPIED,
    /// A convex combination of base rows: the recorded weights are non-negative and sum to 1, so the row
    /// is inside the convex hull by construction.
    MIXTURE,
    /// The mean of all anchor rows: uniform weights over [InitProblem#anchors()], recorded once for the
    /// whole result rather than per row; inside the convex hull by construction.
    MEAN,
    /// Drawn at random or computed from matrix statistics (no recorded mixture; the hull must be tested).
    SAMPLED,
    /// The strategy could not place the token; [Initializer] fills it with the fallback strategy, whose
    /// own origin then replaces this one. A finished [InitResult] never contains it.
    UNPLACED
}
