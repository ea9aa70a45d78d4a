package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vwb.model.ModelFolder;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.SafetensorsHeader;

/// What a patch needs to know of its base before any new row exists: the folder opened, its growing
/// tensors, every shard's header, and which shards hold a growing tensor (those are rewritten, the
/// others copied whole).
///
/// @param model     the base folder opened
/// @param targets   the growing tensors, embedding first
/// @param headers   every shard's header by absolute path, in the checkpoint's order
/// @param rewritten the growing tensors by the shard holding them
/// @param sharded   whether the weights come with an index
public record BaseLayout(ModelFolder model, List<Target> targets, Map<Path, SafetensorsHeader> headers,
                         Map<Path, Map<String, Target>> rewritten, boolean sharded) {

    /// Opens `model`'s weights' headers (no tensor data is read).
    public static BaseLayout read(ModelFolder model) throws IOException {
        List<Target> targets = Target.of(model);
        Map<Path, SafetensorsHeader> headers = new LinkedHashMap<>();
        Map<Path, Map<String, Target>> rewritten = new LinkedHashMap<>();
        try (Checkpoint cp = Checkpoint.openHeaders(model.folder())) {
            cp.shards().forEach(s -> headers.put(s, cp.header(s)));
            for (Target t : targets) {
                rewritten.computeIfAbsent(cp.shardOf(t.name()), _ -> new LinkedHashMap<>()).put(t.name(), t);
            }
            return new BaseLayout(model, targets, headers, rewritten, cp.index().isPresent());
        }
    }

    /// Whether `other` describes the same weights (same shards, headers and growing tensors).
    public boolean sameWeights(BaseLayout other) {
        return headers.equals(other.headers) && targets.equals(other.targets);
    }
}
