package org.vwb.safetensors.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vwb.safetensors.SafetensorsFormatException;
import org.vwb.safetensors.SafetensorsFormatException.Reason;
import org.vwb.safetensors.SafetensorsHeader;
import org.vwb.safetensors.ShardIndex;
import org.vwb.safetensors.TensorInfo;

/// Turns the index's shard names into files and checks that the index and the shards agree.
final class ShardResolver {
    private ShardResolver() {
    }

    /// The distinct shard files, sorted by name, each an existing regular file whose real path lies
    /// inside the folder's real path (so neither `..` nor a symbolic link can lead out of it).
    static List<Path> resolve(Path folder, Path indexFile, ShardIndex index) throws IOException {
        Path realFolder = folder.toRealPath();
        List<Path> out = new ArrayList<>();
        for (String name : new TreeSet<>(index.weightMap().values())) {
            Path shard = folder.resolve(name);
            if (!Files.exists(shard)) {
                throw new SafetensorsFormatException(Reason.SHARD_INVALID, indexFile + ": shard '" + name
                        + "' does not exist (expected " + shard + ")");
            }
            Path real = shard.toRealPath();
            if (!real.startsWith(realFolder) || real.equals(realFolder)) {
                throw new SafetensorsFormatException(Reason.SHARD_INVALID, indexFile + ": shard '" + name
                        + "' leads out of the folder " + realFolder + " (to " + real + ")");
            }
            if (!Files.isRegularFile(real)) {
                throw new SafetensorsFormatException(Reason.SHARD_INVALID, indexFile + ": shard '" + name
                        + "' is not a regular file");
            }
            out.add(shard);
        }
        return out;
    }

    /// Every tensor of the weight_map is in the shard it names, and no shard holds an unmapped tensor.
    static void checkMapping(Path indexFile, ShardIndex index, Map<Path, SafetensorsHeader> headers)
            throws SafetensorsFormatException {
        Path folder = indexFile.getParent();
        for (Map.Entry<Path, SafetensorsHeader> e : headers.entrySet()) {
            String shardName = folder.relativize(e.getKey()).toString();
            for (TensorInfo t : e.getValue().tensors()) {
                String mapped = index.weightMap().get(t.name());
                if (!shardName.equals(mapped)) {
                    throw new SafetensorsFormatException(Reason.INDEX_MISMATCH, indexFile + ": shard '" + shardName
                            + "' holds tensor '" + t.name() + "' but the index maps it to "
                            + (mapped == null ? "no shard" : "'" + mapped + "'"));
                }
            }
        }
        for (Map.Entry<String, String> e : index.weightMap().entrySet()) {
            SafetensorsHeader h = headers.get(folder.resolve(e.getValue()));
            if (h == null || h.find(e.getKey()).isEmpty()) {
                throw new SafetensorsFormatException(Reason.INDEX_MISMATCH, indexFile + ": tensor '" + e.getKey()
                        + "' is mapped to shard '" + e.getValue() + "' but that shard does not hold it");
            }
        }
    }
}
