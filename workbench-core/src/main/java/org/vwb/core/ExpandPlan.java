package org.vwb.core;

import java.nio.file.Path;
import java.util.List;

/// What `vwb expand --dry-run` prints: the stages, what will be written and the disk space it needs.
///
/// @param stages        the stages that will run, in order
/// @param output        the output folder
/// @param baseBytes     bytes of the base model's tensors (copied or rewritten)
/// @param newRows       rows the recipe asks for (the merge may add the characters and intermediate pieces
///                      they need on top)
/// @param newRowBytes   bytes those rows add to the embedding (and untied head)
/// @param neededBytes   estimated space needed beside the output (temporary folder included)
/// @param usableBytes   usable space on the output's file system
/// @param tied          whether the base has one matrix
/// @param outputExists  whether the output folder exists already (refused without `--overwrite`)
public record ExpandPlan(List<String> stages, Path output, long baseBytes, long newRows, long newRowBytes,
                         long neededBytes, long usableBytes, boolean tied, boolean outputExists) {
    /// Copies the list.
    public ExpandPlan {
        stages = List.copyOf(stages);
    }

    /// Whether the estimate fits the usable space.
    public boolean enoughSpace() {
        return neededBytes <= usableBytes;
    }
}
