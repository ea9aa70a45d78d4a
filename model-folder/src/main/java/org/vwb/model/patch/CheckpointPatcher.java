package org.vwb.model.patch;

import java.io.IOException;
import java.util.Objects;

import org.vwb.common.JobContext;

/// Writes a patched model folder: the base with its embedding (and untied LM head, and head bias) grown
/// by new rows, `config.json`'s vocabulary size updated, and the new tokenizer, for `vwb init` and
/// `vwb expand`.
///
/// What is written, and how (the package documentation has the full table):
///
/// - only the shards holding a growing tensor are rewritten: their old rows are copied as raw bytes
///   from the base (never decoded), the new rows encoded to the tensor's dtype, the other tensors copied
///   as bytes; every other shard and every other file is copied byte for byte. Copied bytes pass through
///   a buffer and are digested per 64 MiB window, so that the verify reads only the output (a kernel
///   copy and a byte-for-byte verify with `-Dvwb.patch.verify=exact`);
/// - a sharded checkpoint keeps its shards and `weight_map`, with a new `total_size`; a single file stays
///   a single file; `config.json` changes in its vocabulary size only, every other byte kept;
/// - everything goes into a temporary folder beside the output, is verified there ([PatchVerifier]), and
///   only then renamed into place; an existing output is refused unless the request allows overwriting,
///   and then replaced atomically; a killed run leaves a temporary folder that the next run removes;
/// - the free space is checked first; progress is reported per phase in bytes, and cancellation is
///   honoured between chunks of at most 64 MiB. A cancelled or failed run leaves nothing behind.
///
/// Instances are stateless and may be shared.
public final class CheckpointPatcher {
    private final DiskSpace disk;

    /// A patcher that asks the file store for free space.
    public CheckpointPatcher() {
        this(DiskSpace.FILE_STORE);
    }

    /// A patcher that asks `disk` for free space (tests pass a fake).
    public CheckpointPatcher(DiskSpace disk) {
        this.disk = Objects.requireNonNull(disk, "disk");
    }

    /// Checks `request` against its base and returns what [#write] would do, writing nothing: the
    /// files, their sizes, and the space needed versus usable (not enforced here, so a dry run can show it).
    ///
    /// @throws PatchException for a request that [#write] would refuse (other than for disk space)
    /// @throws org.vwb.model.ModelFolderException for a base folder that is not a usable model
    /// @throws org.vwb.vocab.TokenizerFormatException for a tokenizer file that cannot be read
    public PatchPlan plan(PatchRequest request) throws IOException {
        return org.vwb.model.patch.internal.Planner.prepare(request, disk).plan();
    }

    /// Writes, verifies and moves the patched folder into place.
    ///
    /// @throws PatchException for a refused request (nothing written), including `DISK_SPACE`
    /// @throws PatchVerificationException when the written folder fails verification (nothing moved
    ///         into place; the temporary folder is removed)
    /// @throws org.vwb.common.JobCancelledException when `ctx` was cancelled (nothing left behind)
    /// @throws IOException when reading the base or writing fails (nothing left behind)
    public PatchResult write(PatchRequest request, JobContext ctx) throws IOException {
        return org.vwb.model.patch.internal.PatchRun.write(request, disk, ctx);
    }
}
