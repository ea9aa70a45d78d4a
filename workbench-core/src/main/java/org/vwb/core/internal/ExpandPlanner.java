package org.vwb.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vwb.core.ExpandPlan;
import org.vwb.core.Recipe;
import org.vwb.model.HeadKind;
import org.vwb.model.ModelFolder;
import org.vwb.model.patch.CheckpointPatcher;

/// Estimates an expansion from the recipe and the base's headers, without reading tensor data.
public final class ExpandPlanner {

    private ExpandPlanner() {
    }

    /// The plan of `recipe`.
    public static ExpandPlan plan(Recipe recipe) throws IOException {
        ModelFolder base = ModelFolder.open(recipe.base());
        List<String> stages = new ArrayList<>(ExpandJob.STAGES);
        if (recipe.pieces().source() != Recipe.Source.MINE) {
            stages.remove("mine");
        }
        if (!recipe.diagnostics().hull()) {
            stages.remove("diagnose");
        }
        boolean tied = base.layout().headKind() != HeadKind.UNTIED;
        long width = base.layout().embedding().shape()[1];
        long rowBytes = width * base.layout().embedding().dtype().bytes() * (tied ? 1 : 2);
        long newRows = recipe.pieces().count();
        long baseBytes = base.tensorBytes();
        // Output = base + new rows; the temporary folder is the output itself (renamed into place), and a
        // replaced output stays until the rename: count the new folder once plus 1 MiB of small files,
        // less what the write clones from the base where the file system shares blocks.
        Path out = recipe.output().toAbsolutePath().normalize();
        long needed = baseBytes + newRows * rowBytes + (1L << 20) - CheckpointPatcher.clonableBytes(recipe.base(), out);
        Path existing = out;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        long usable = existing == null ? 0 : Files.getFileStore(existing).getUsableSpace();
        return new ExpandPlan(stages, out, baseBytes, newRows, newRows * rowBytes, needed, usable, tied,
                Files.exists(out));
    }
}
