package org.vwb.embedinit.diagnostics;

/// Which stage of the pipeline decided a row (cheapest first).
public enum HullMethod {
    /// The strategy's recorded mixture was verified: inside without solving.
    RECORDED_MIXTURE,
    /// A cheap screen direction (centroid, or a principal axis) separated the row.
    SCREEN,
    /// The batched accelerated projected-gradient solver on the simplex.
    SOLVER
}
