package org.vwb.safetensors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// All safetensors weights of a model folder: a single `model.safetensors`, or the shards listed in
/// `model.safetensors.index.json`. Shard names from the index are checked (no `..`, no absolute
/// paths, no links out of the folder) and every tensor must be in the shard the index names.
public interface Checkpoint extends AutoCloseable {

    /// Opens the weights of `folder`, mapping every shard.
    ///
    /// @throws SafetensorsFormatException for a bad file, index or shard (message names which)
    static Checkpoint open(Path folder) throws IOException {
        return org.vwb.safetensors.internal.FolderCheckpoint.open(folder, true);
    }

    /// Reads only the headers of `folder`'s shards (no tensor data is mapped): for fast inspection.
    static Checkpoint openHeaders(Path folder) throws IOException {
        return org.vwb.safetensors.internal.FolderCheckpoint.open(folder, false);
    }

    /// The folder.
    Path folder();

    /// The shard files, in index order (one entry for an unsharded checkpoint).
    List<Path> shards();

    /// The index, when the checkpoint is sharded.
    Optional<ShardIndex> index();

    /// Every tensor's header entry, shard by shard.
    List<TensorInfo> tensors();

    /// The header entry of `name`.
    Optional<TensorInfo> find(String name);

    /// The shard that holds `name`.
    Path shardOf(String name);

    /// The header of one shard.
    SafetensorsHeader header(Path shard);

    /// A view of `name`'s bytes.
    ///
    /// @throws IllegalStateException when opened with [#openHeaders]
    TensorView tensor(String name);

    /// Sum of all tensors' byte lengths.
    long totalTensorBytes();

    @Override
    void close();
}
