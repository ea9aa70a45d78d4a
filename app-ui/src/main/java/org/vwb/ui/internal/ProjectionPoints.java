package org.vwb.ui.internal;

import java.util.List;

import org.vwb.embedinit.diagnostics.HullVerdict;

/// What the projection chart draws: the core's 2-D coordinates of the old sample (grey) and of the new
/// rows (coloured by verdict), at most [#MAX_POINTS] of each, and how many were left out.
///
/// @param old        the sampled old rows
/// @param fresh      the new rows shown
/// @param oldOmitted old sample rows not drawn (beyond the cap)
/// @param newOmitted new rows not drawn (beyond the cap)
/// @param explained  share of the sample's variance along each axis, as the core measured it
public record ProjectionPoints(List<Point> old, List<Point> fresh, int oldOmitted, int newOmitted,
                               double[] explained) {

    /// The most points of each kind drawn: [PointRaster] stamps these in a few milliseconds, and more would
    /// only cover each other (the full projection is in the report's `pca-*.png`).
    public static final int MAX_POINTS = 5000;

    /// One point.
    ///
    /// @param x       first coordinate
    /// @param y       second coordinate
    /// @param index   the new row's index, or the old row's id for an old point
    /// @param token   the token's text (made visible)
    /// @param verdict the new row's verdict, or null for an old point
    public record Point(double x, double y, int index, String token, HullVerdict verdict) {
    }

    /// Copies the lists.
    public ProjectionPoints {
        old = List.copyOf(old);
        fresh = List.copyOf(fresh);
        explained = explained.clone();
    }

    /// An empty projection (nothing run yet).
    public static ProjectionPoints empty() {
        return new ProjectionPoints(List.of(), List.of(), 0, 0, new double[] {0, 0});
    }

    /// The new point of new row `index`, if drawn.
    public java.util.Optional<Point> freshPoint(int index) {
        return fresh.stream().filter(p -> p.index() == index).findFirst();
    }
}
