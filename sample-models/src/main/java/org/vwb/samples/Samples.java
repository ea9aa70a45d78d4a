package org.vwb.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// The catalogue of sample model folders.
public final class Samples {
    private Samples() {
    }

    /// Every sample, in a stable order.
    public static List<SampleInfo> list() {
        return org.vwb.samples.internal.SampleCatalogue.list();
    }

    /// The spec behind a synthetic sample, so tests can reason about its shapes; empty for real samples.
    ///
    /// @throws IllegalArgumentException for an unknown name
    public static Optional<SyntheticModelSpec> syntheticSpec(String name) {
        return org.vwb.samples.internal.SampleCatalogue.spec(name);
    }

    /// Writes sample `name` as an HF model folder at `dir` (created atomically; must not exist).
    ///
    /// @throws IllegalArgumentException for an unknown name (message lists the known ones)
    public static void write(String name, Path dir) throws IOException {
        org.vwb.samples.internal.SampleCatalogue.write(name, dir);
    }
}
