package org.vwb.model.patch;

import java.io.IOException;
import java.time.Duration;

import org.vwb.model.patch.internal.BaseCopyRun;

/// The part of a patch that needs only the base, started before the new rows exist: on a background
/// thread, every shard without a growing tensor is copied whole into the output's temporary folder, and
/// every shard with one gets its other tensors (the growing tensors are laid out last, after them). A
/// 13 GB checkpoint thus copies while the vocabulary is mined and merged and the rows computed, and
/// [CheckpointPatcher#write(PatchRequest, org.vwb.common.JobContext, BaseCopy)] only appends the grown
/// tensors, writes the small files and verifies.
///
/// Get one from [CheckpointPatcher#startBaseCopy]; always close it (try-with-resources): closing stops
/// the copy and deletes the temporary folder, unless a write took it over. A killed process leaves the
/// temporary folder to the next run, which removes it. One write may use it, once.
public final class BaseCopy implements AutoCloseable {
    private final BaseCopyRun run;

    BaseCopy(BaseCopyRun run) {
        this.run = run;
    }

    /// Bytes copied so far.
    public long copiedBytes() {
        return run.copiedBytes();
    }

    /// Bytes the copy writes in all.
    public long totalBytes() {
        return run.totalBytes();
    }

    /// The copy's wall time once it has ended, else zero.
    public Duration time() {
        return run.time();
    }

    /// Stops the copy if it still runs and deletes what it wrote, unless a write took it over.
    @Override
    public void close() throws IOException {
        run.close();
    }

    BaseCopyRun run() {
        return run;
    }
}
