package org.vwb.core;

import java.nio.file.Path;
import java.util.Objects;

/// Asks for the diagnostics of a patched model's new embedding rows against its base (`vwb diagnose`).
///
/// @param model      the patched model folder (the base's rows plus new ones, `vwb-init-rows.csv` if any)
/// @param base       the base model folder
/// @param out        the report folder to write (atomically)
/// @param sample     old rows sampled for the 2-D projection, ≥ 2
/// @param seed       seed of the sample and of the dominance directions
/// @param neighbours nearest old tokens listed per new row, ≥ 1
/// @param directions random directions of the "can it dominate" view, ≥ 1
/// @param overwrite  whether an existing `out` folder may be replaced
/// @param reconstruction whether and how to run the reconstruction benchmark on the base (seeded with `seed`);
///                   [DiagnoseReconstruction#auto()] by default: on encoder bases only
public record DiagnoseRequest(Path model, Path base, Path out, int sample, long seed, int neighbours, int directions,
                              boolean overwrite, DiagnoseReconstruction reconstruction) {

    /// Default sample size.
    public static final int DEFAULT_SAMPLE = 2000;
    /// Default seed.
    public static final long DEFAULT_SEED = 42L;
    /// Default neighbour count.
    public static final int DEFAULT_NEIGHBOURS = 5;
    /// Default number of dominance directions.
    public static final int DEFAULT_DIRECTIONS = 1000;

    /// Validates the parts.
    ///
    /// @throws IllegalArgumentException for a count out of range (the message names it)
    public DiagnoseRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(reconstruction, "reconstruction");
        if (sample < 2) {
            throw new IllegalArgumentException("sample must be at least 2, was " + sample);
        }
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be at least 1, was " + neighbours);
        }
        if (directions < 1) {
            throw new IllegalArgumentException("directions must be at least 1, was " + directions);
        }
    }

    /// A request with the default reconstruction ([DiagnoseReconstruction#auto()]: on encoder bases only).
    ///
    /// @throws IllegalArgumentException for a count out of range (the message names it)
    public DiagnoseRequest(Path model, Path base, Path out, int sample, long seed, int neighbours, int directions,
                           boolean overwrite) {
        this(model, base, out, sample, seed, neighbours, directions, overwrite, DiagnoseReconstruction.auto());
    }

    /// A copy with another reconstruction choice.
    public DiagnoseRequest withReconstruction(DiagnoseReconstruction choice) {
        return new DiagnoseRequest(model, base, out, sample, seed, neighbours, directions, overwrite, choice);
    }

    /// A request with the default sample, seed, neighbours and directions, refusing to overwrite.
    public static DiagnoseRequest of(Path model, Path base, Path out) {
        return new DiagnoseRequest(model, base, out, DEFAULT_SAMPLE, DEFAULT_SEED, DEFAULT_NEIGHBOURS,
                DEFAULT_DIRECTIONS, false);
    }
}
