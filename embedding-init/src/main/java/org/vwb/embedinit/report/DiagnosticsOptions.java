package org.vwb.embedinit.report;

import java.util.Objects;
import org.vwb.embedinit.diagnostics.HullOptions;

/// Parameters of [Diagnostics#run].
///
/// @param sample     old rows drawn (seeded, without replacement) for the 2-D projection; all when fewer
/// @param seed       seed of the projection sample, its subspace iteration and the dominance directions
/// @param neighbours nearest old tokens listed per new row (cosine), ≥ 1
/// @param directions standard-normal directions sampled for the "can it dominate" view, ≥ 1
/// @param hull       tolerances and budgets of the convex-hull classification
public record DiagnosticsOptions(int sample, long seed, int neighbours, int directions, HullOptions hull) {

    /// Checks the ranges.
    public DiagnosticsOptions {
        Objects.requireNonNull(hull, "hull");
        if (sample < 2) {
            throw new IllegalArgumentException("sample must be at least 2 rows, was " + sample);
        }
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be at least 1, was " + neighbours);
        }
        if (directions < 1) {
            throw new IllegalArgumentException("directions must be at least 1, was " + directions);
        }
    }

    /// 2,000 sampled rows, seed 42, 5 neighbours, 1,000 directions, the hull defaults.
    public static DiagnosticsOptions defaults() {
        return new DiagnosticsOptions(2000, 42L, 5, 1000, HullOptions.defaults());
    }

    /// A copy with other hull options.
    public DiagnosticsOptions withHull(HullOptions options) {
        return new DiagnosticsOptions(sample, seed, neighbours, directions, options);
    }
}
