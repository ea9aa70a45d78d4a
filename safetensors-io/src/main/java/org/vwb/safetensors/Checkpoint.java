package org.vwb.safetensors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// All safetensors weights of a model folder: a single `model.safetensors`, or the shards listed in
/// `model.safetensors.index.json`. Shard names from the index are checked (no `..`, no absolute
/// paths, no links out of the folder: real paths must stay under the folder's real path) and every
/// tensor must be in the shard the index names, with no shard holding a tensor the index does not map
/// to it (`INDEX_MISMATCH`); a shard missing from disk is `SHARD_INVALID`.
///
/// Which files count: `model.safetensors` when it exists (Hugging Face loaders look for it first), else
/// the index. A folder with `*.safetensors` files but neither of those is refused with a
/// `NoSuchFileException` naming the folder and the files found: HF loaders would not load it either, and
/// guessing which files form the checkpoint could silently drop or add weights.
///
/// Shards are listed sorted by file name. Writing a sharded checkpoint: [ShardedWriter].
public interface Checkpoint extends AutoCloseable {

    /// Opens the weights of `folder`, mapping every shard.
    ///
    /// @throws SafetensorsFormatException for a bad file, index or shard (message names which)
    /// @throws java.nio.file.NoSuchFileException when the folder holds neither file (message says which)
    static Checkpoint open(Path folder) throws IOException {
        return org.vwb.safetensors.internal.FolderCheckpoint.open(folder, true);
    }

    /// Reads only the headers of `folder`'s shards (no tensor data is mapped or read): for fast
    /// inspection; each shard's data length is still checked against its file size.
    static Checkpoint openHeaders(Path folder) throws IOException {
        return org.vwb.safetensors.internal.FolderCheckpoint.open(folder, false);
    }

    /// The folder.
    Path folder();

    /// The shard files, sorted by file name (one entry for an unsharded checkpoint).
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
