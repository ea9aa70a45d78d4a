package org.vwb.core;

import java.nio.file.Path;
import java.util.Objects;

/// What `vwb batch` runs.
///
/// @param manifest   the manifest CSV ([BatchManifest])
/// @param base       the base model for rows without a `base` column (may be `null`)
/// @param jobs       rows run at once at most
/// @param summary    the summary CSV (also what a rerun resumes from)
/// @param seed       the seed of every row
public record BatchRequest(Path manifest, Path base, int jobs, Path summary, long seed) {
    /// Checks the fields.
    public BatchRequest {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(summary, "summary");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, found " + jobs);
        }
    }
}
