package org.vwb.ui.internal;

import java.util.Objects;

import org.vwb.embedinit.diagnostics.HullVerdict;

/// One line of the Diagnostics hull table: a new row of one matrix as the core's report measured it.
///
/// @param index         position among the new rows (0 = the first new id)
/// @param id            the token id
/// @param token         the token's text, made visible ([VisibleText]); "(padding)" for a padding row
/// @param strategy      the strategy that made the row (its provenance), or `unknown`
/// @param origin        how it was made (`MIXTURE`, `MEAN`, …), or `NONE` without provenance
/// @param verdict       inside, outside or undecided
/// @param distanceLower lower bound on the distance to the old rows' hull
/// @param distanceUpper upper bound on that distance
/// @param relativeLower the lower bound divided by the median old norm
/// @param relativeUpper the upper bound divided by the median old norm
/// @param norm          the row's Euclidean norm
public record HullRow(int index, int id, String token, String strategy, String origin, HullVerdict verdict,
                      double distanceLower, double distanceUpper, double relativeLower, double relativeUpper,
                      double norm) {

    /// Checks the parts are present.
    public HullRow {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(verdict, "verdict");
    }
}
