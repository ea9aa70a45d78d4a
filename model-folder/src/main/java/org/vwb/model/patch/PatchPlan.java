package org.vwb.model.patch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.vwb.model.HeadKind;

/// What a patch will write, before anything is written: the answer to `--dry-run`.
///
/// @param base           the base folder (absolute)
/// @param output         the output folder (absolute)
/// @param headKind       tied, untied or none
/// @param oldRows        rows of the base's embedding
/// @param newRows        rows after the patch (`vocab_size`)
/// @param resizedTensors the tensors that grow: the embedding, an untied head, a head bias
/// @param files          every output file in write order, then the skipped base files
/// @param usableBytes    usable space on the output's file system when planned, plus the bytes the write
///                       will clone instead of writing (see [#spaceNeeded])
public record PatchPlan(Path base, Path output, HeadKind headKind, long oldRows, long newRows,
                        List<String> resizedTensors, List<PlannedFile> files, long usableBytes) {

    /// Headroom on top of the files' sizes: rewritten headers may grow, and the file system needs
    /// metadata blocks for the new files.
    public static final long SPACE_MARGIN = 1L << 20;

    /// Copies the lists.
    public PatchPlan {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(headKind, "headKind");
        resizedTensors = List.copyOf(resizedTensors);
        files = List.copyOf(files);
    }

    /// The entries with `action`.
    public List<PlannedFile> files(PlannedFile.Action action) {
        return files.stream().filter(f -> f.action() == action).toList();
    }

    /// Bytes of every output file (everything but the skipped ones).
    public long outputBytes() {
        return files.stream().filter(f -> f.action() != PlannedFile.Action.SKIP).mapToLong(PlannedFile::bytes).sum();
    }

    /// Bytes copied byte for byte from the base.
    public long copiedBytes() {
        return files(PlannedFile.Action.COPY).stream().mapToLong(PlannedFile::bytes).sum();
    }

    /// Space the write needs on the output's file system: every output file plus [#SPACE_MARGIN]. On a
    /// file system that shares blocks (reflinks) the bytes the write will clone need no room: they are
    /// counted in [#usableBytes] instead.
    public long spaceNeeded() {
        return outputBytes() + SPACE_MARGIN;
    }

    /// Whether [#usableBytes] covers [#spaceNeeded].
    public boolean enoughSpace() {
        return usableBytes >= spaceNeeded();
    }
}
