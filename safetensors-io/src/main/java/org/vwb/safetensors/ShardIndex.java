package org.vwb.safetensors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/// `model.safetensors.index.json`: `metadata.total_size` and the `weight_map` from tensor name to shard
/// file name.
///
/// @param metadata  the `metadata` object as strings (`total_size` among them), in file order
/// @param weightMap tensor name to shard file name, in file order
public record ShardIndex(Map<String, String> metadata, Map<String, String> weightMap) {

    /// The conventional file name.
    public static final String FILE_NAME = "model.safetensors.index.json";

    /// Copies the maps.
    public ShardIndex {
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        weightMap = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weightMap));
    }

    /// `metadata.total_size`, or -1 when absent.
    public long totalSize() {
        String v = metadata.get("total_size");
        return v == null ? -1 : Long.parseLong(v);
    }

    /// Reads and validates an index file.
    ///
    /// @throws SafetensorsFormatException with reason `INDEX_INVALID` or `SHARD_INVALID`
    public static ShardIndex read(Path file) throws IOException {
        return org.vwb.safetensors.internal.ShardIndexCodec.read(file);
    }

    /// Writes this index atomically, deterministically (weight_map sorted by tensor name).
    public void write(Path file) throws IOException {
        org.vwb.safetensors.internal.ShardIndexCodec.write(this, file);
    }
}
