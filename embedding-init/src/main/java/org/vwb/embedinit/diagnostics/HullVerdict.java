package org.vwb.embedinit.diagnostics;

/// Whether a row lies in the convex hull of the base rows.
public enum HullVerdict {
    /// Explicit convex weights reconstruct the row within the stated tolerance ([InsideCertificate]).
    INSIDE,
    /// A unit direction separates the row from every base row with a positive margin ([OutsideCertificate]).
    OUTSIDE,
    /// Neither certificate was found within the iteration budget; only distance bounds are known.
    UNDECIDED
}
