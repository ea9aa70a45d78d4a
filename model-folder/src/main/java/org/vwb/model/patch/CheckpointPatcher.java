package org.vwb.model.patch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.vwb.common.JobContext;

/// Writes a patched model folder: the base with its embedding (and untied LM head, and head bias) grown
/// by new rows, `config.json`'s vocabulary size updated, and the new tokenizer, for `vwb init` and
/// `vwb expand`.
///
/// What is written, and how (the package documentation has the full table):
///
/// - only the shards holding a growing tensor are rewritten: their other tensors are copied as bytes and
///   laid out first, then the growing tensors, whose old rows are copied as raw bytes from the base
///   (never decoded) and the new rows encoded to the tensor's dtype; every other shard and every other
///   file is copied byte for byte. What depends on the base alone can be copied before the rows exist
///   ([#startBaseCopy]). Copied bytes pass through
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
        return org.vwb.model.patch.internal.Planner.prepare(request,
                org.vwb.model.patch.internal.PatchRun.withClones(disk, request)).plan();
    }

    /// The bytes of `base`'s weights that a write to `output` would clone from the base rather than
    /// write, on a file system that shares blocks between files (XFS with reflinks, btrfs): room the
    /// output does not need. 0 elsewhere. Creates and deletes a probe file beside `output`.
    ///
    /// @throws org.vwb.model.ModelFolderException for a base folder that is not a usable model
    public static long clonableBytes(Path base, Path output) throws IOException {
        return org.vwb.model.patch.internal.PatchRun.clonableBytes(base, output);
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

    /// Starts copying what a patch of `base` into `output` needs from the base alone, on a background
    /// thread, before the new rows exist (see [BaseCopy]); pass it to
    /// [#write(PatchRequest, JobContext, BaseCopy)] with the request for the same base and output.
    ///
    /// @throws PatchException for an output that overlaps the base, exists (unless `overwrite`), or lacks
    ///         the space for the copy; nothing is written then
    /// @throws org.vwb.model.ModelFolderException for a base folder that is not a usable model
    public BaseCopy startBaseCopy(Path base, Path output, boolean overwrite) throws IOException {
        return new BaseCopy(org.vwb.model.patch.internal.BaseCopyRun.start(base, output, overwrite, disk));
    }

    /// As [#write(PatchRequest, JobContext)], taking over the folder `copy` is filling: waits for the copy
    /// (reporting it as a phase; a cancel stops it), then appends the grown tensors and writes the rest.
    /// `copy` is used up: close it afterwards as always (it then deletes nothing the write moved into place).
    ///
    /// @throws PatchException as [#write(PatchRequest, JobContext)] does, and `BASE_CHANGED` when the base's
    ///         weights changed since the copy began
    /// @throws IllegalArgumentException when `copy` was started for another base, output or overwrite choice
    public PatchResult write(PatchRequest request, JobContext ctx, BaseCopy copy) throws IOException {
        return org.vwb.model.patch.internal.PatchRun.write(request, disk, ctx, copy.run());
    }
}
