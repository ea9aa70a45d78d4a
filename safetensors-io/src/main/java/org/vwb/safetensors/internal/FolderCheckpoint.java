package org.vwb.safetensors.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.SafetensorsFile;
import org.vwb.safetensors.SafetensorsHeader;
import org.vwb.safetensors.ShardIndex;
import org.vwb.safetensors.TensorInfo;
import org.vwb.safetensors.TensorView;

/// The weights of a model folder, unsharded or sharded; see [Checkpoint] for the rules.
public final class FolderCheckpoint implements Checkpoint {
    /// The unsharded file name.
    public static final String SINGLE_FILE = "model.safetensors";

    private final Path folder;
    private final Optional<ShardIndex> index;
    private final Map<Path, SafetensorsHeader> headers;
    private final Map<Path, SafetensorsFile> files;
    private final Map<String, Path> shardOf = new LinkedHashMap<>();
    private final Map<String, TensorInfo> infos = new LinkedHashMap<>();

    private FolderCheckpoint(Path folder, Optional<ShardIndex> index, Map<Path, SafetensorsHeader> headers,
                             Map<Path, SafetensorsFile> files) {
        this.folder = folder;
        this.index = index;
        this.headers = headers;
        this.files = files;
        headers.forEach((shard, header) -> header.tensors().forEach(t -> {
            shardOf.put(t.name(), shard);
            infos.put(t.name(), t);
        }));
    }

    /// Opens `folder`: `model.safetensors` when present (as Hugging Face loaders prefer it), else the index.
    ///
    /// @param map whether to map the shards (`false`: headers only, tensor data is never read)
    public static Checkpoint open(Path folder, boolean map) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw ShardIndexCodec.missing(folder, "not a folder; expected a model folder holding "
                    + SINGLE_FILE + " or " + ShardIndex.FILE_NAME);
        }
        Path single = folder.resolve(SINGLE_FILE);
        Path indexFile = folder.resolve(ShardIndex.FILE_NAME);
        Optional<ShardIndex> index = Optional.empty();
        List<Path> shards;
        if (Files.exists(single)) {
            shards = List.of(single);
        } else if (Files.exists(indexFile)) {
            index = Optional.of(ShardIndex.read(indexFile));
            shards = ShardResolver.resolve(folder, indexFile, index.get());
        } else {
            throw ShardIndexCodec.missing(folder, "no " + SINGLE_FILE + " and no " + ShardIndex.FILE_NAME
                    + otherSafetensors(folder) + "; a sharded checkpoint needs its index");
        }
        Map<Path, SafetensorsHeader> headers = new LinkedHashMap<>();
        Map<Path, SafetensorsFile> files = new LinkedHashMap<>();
        try {
            for (Path shard : shards) {
                if (map) {
                    SafetensorsFile f = SafetensorsFile.open(shard);
                    files.put(shard, f);
                    headers.put(shard, f.header());
                } else {
                    headers.put(shard, SafetensorsFile.readHeader(shard));
                }
            }
            if (index.isPresent()) {
                ShardResolver.checkMapping(indexFile, index.get(), headers);
            }
        } catch (IOException | RuntimeException e) {
            files.values().forEach(SafetensorsFile::close);
            throw e;
        }
        return new FolderCheckpoint(folder, index, headers, files);
    }

    private static String otherSafetensors(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*.safetensors")) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        names.sort(null);
        return names.isEmpty() ? " (and no *.safetensors file)" : " (found only " + String.join(", ", names) + ")";
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public List<Path> shards() {
        return List.copyOf(headers.keySet());
    }

    @Override
    public Optional<ShardIndex> index() {
        return index;
    }

    @Override
    public List<TensorInfo> tensors() {
        return List.copyOf(infos.values());
    }

    @Override
    public Optional<TensorInfo> find(String name) {
        return Optional.ofNullable(infos.get(name));
    }

    @Override
    public Path shardOf(String name) {
        Path p = shardOf.get(name);
        if (p == null) {
            throw new IllegalArgumentException(folder + ": no tensor named '" + name + "'");
        }
        return p;
    }

    @Override
    public SafetensorsHeader header(Path shard) {
        SafetensorsHeader h = headers.get(shard);
        if (h == null) {
            throw new IllegalArgumentException(folder + ": " + shard + " is not one of its shards " + shards());
        }
        return h;
    }

    @Override
    public TensorView tensor(String name) {
        Path shard = shardOf(name);
        if (files.isEmpty()) {
            throw new IllegalStateException(folder + ": opened with openHeaders, tensor data is not mapped");
        }
        return files.get(shard).tensor(name);
    }

    @Override
    public long totalTensorBytes() {
        return headers.values().stream().mapToLong(SafetensorsHeader::dataLength).sum();
    }

    @Override
    public void close() {
        files.values().forEach(SafetensorsFile::close);
    }
}
