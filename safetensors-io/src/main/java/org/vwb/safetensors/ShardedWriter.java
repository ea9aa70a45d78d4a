package org.vwb.safetensors;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vwb.common.AtomicFiles;

/// Writes a checkpoint of one or more shards plus `model.safetensors.index.json` into a folder.
///
/// Shards are given in order, each either as a [SafetensorsWriter] or as an existing safetensors file
/// copied byte for byte (e.g. every shard except the one holding the embedding). Each file is written
/// atomically, shards first and the index last, so a reader that finds the index finds complete shards.
/// For an all-or-nothing folder, call [#write] inside [AtomicFiles#writeDirectory].
///
/// A single shard named `model.safetensors` is written without an index (the unsharded layout); any
/// other set of shards gets an index. Names follow [#shardName] by convention.
///
/// ```java
/// new ShardedWriter()
///     .shard(ShardedWriter.shardName(1, 2), writerWithEmbedding)
///     .copiedShard(ShardedWriter.shardName(2, 2), source.resolve(ShardedWriter.shardName(2, 2)))
///     .write(outFolder);
/// ```
public final class ShardedWriter {
    private record Shard(String name, SafetensorsWriter writer, Path source) {
    }

    private final Map<String, Shard> shards = new LinkedHashMap<>();
    private final Map<String, String> indexMetadata = new LinkedHashMap<>();
    private int parallelism = Math.min(4, Runtime.getRuntime().availableProcessors());

    /// An empty set of shards.
    public ShardedWriter() {
    }

    /// The conventional shard name, `model-00001-of-00002.safetensors` for `shardName(1, 2)`.
    public static String shardName(int number, int count) {
        if (number < 1 || number > count) {
            throw new IllegalArgumentException("shard " + number + " of " + count);
        }
        return String.format(java.util.Locale.ROOT, "model-%05d-of-%05d.safetensors", number, count);
    }

    /// Adds a shard written by `writer`.
    ///
    /// @throws IllegalArgumentException on a duplicate or unsafe name (absolute, `..`, a folder part)
    public ShardedWriter shard(String name, SafetensorsWriter writer) {
        return add(new Shard(checkName(name), writer, null));
    }

    /// Adds a shard that is a byte-for-byte copy of the safetensors file `source` (its header is read
    /// at [#write] to fill the index; its data is copied by the kernel, never decoded).
    public ShardedWriter copiedShard(String name, Path source) {
        return add(new Shard(checkName(name), null, source));
    }

    /// Adds an entry to the index's `metadata` (beside `total_size`, which is computed).
    public ShardedWriter indexMetadata(String key, String value) {
        if (key.equals("total_size")) {
            throw new IllegalArgumentException("total_size is computed from the shards");
        }
        indexMetadata.put(key, value);
        return this;
    }

    /// How many shards are written at the same time (default: the number of processors, at most 4).
    ///
    /// Why: a kernel copy of one shard and the encoding of another overlap well; one `cp` does not.
    public ShardedWriter parallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, was " + threads);
        }
        this.parallelism = threads;
        return this;
    }

    /// Writes every shard into `folder` (created if needed), then the index; returns the index written,
    /// or `null` for a single `model.safetensors`. The index is the same whatever the parallelism.
    public ShardIndex write(Path folder) throws IOException {
        if (shards.isEmpty()) {
            throw new IllegalStateException("no shards to write");
        }
        Files.createDirectories(folder);
        Map<String, String> weightMap = new LinkedHashMap<>();
        long total = 0;
        for (Shard s : shards.values()) {
            List<TensorInfo> tensors = s.writer() != null ? s.writer().layout()
                    : SafetensorsFile.readHeader(s.source()).tensors();
            for (TensorInfo t : tensors) {
                String previous = weightMap.putIfAbsent(t.name(), s.name());
                if (previous != null) {
                    throw new IllegalArgumentException("tensor '" + t.name() + "' is in shards '" + previous
                            + "' and '" + s.name() + "'");
                }
                total += t.byteLength();
            }
        }
        writeShards(folder);
        if (shards.size() == 1 && shards.containsKey("model.safetensors")) {
            return null;
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("total_size", Long.toString(total));
        meta.putAll(indexMetadata);
        ShardIndex index = new ShardIndex(meta, weightMap);
        index.write(folder.resolve(ShardIndex.FILE_NAME));
        return index;
    }

    private void writeShards(Path folder) throws IOException {
        int threads = Math.min(parallelism, shards.size());
        if (threads == 1) {
            for (Shard s : shards.values()) {
                writeShard(s, folder);
            }
            return;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> pending = new ArrayList<>();
            for (Shard s : shards.values()) {
                pending.add(pool.submit(() -> {
                    writeShard(s, folder);
                    return null;
                }));
            }
            awaitAll(pending, pool);
        }
    }

    /// Waits for every shard; on the first failure stops the others and rethrows it as it was.
    private static void awaitAll(List<Future<?>> pending, ExecutorService pool) throws IOException {
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (ExecutionException e) {
                pool.shutdownNow(); // the output is incomplete anyway: stop the other shards early
                switch (e.getCause()) {
                    case IOException io -> throw io;
                    case RuntimeException re -> throw re;
                    case Error err -> throw err;
                    default -> throw new IOException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
                throw new java.io.InterruptedIOException("interrupted while writing shards");
            }
        }
    }

    private static void writeShard(Shard s, Path folder) throws IOException {
        if (s.writer() != null) {
            s.writer().write(folder.resolve(s.name()));
        } else {
            copyFile(s.source(), folder.resolve(s.name()));
        }
    }

    /// Copies a whole file atomically with `FileChannel.transferTo` (on Linux `copy_file_range`, which
    /// can share extents on reflink file systems): the bytes never pass through this process's memory.
    public static void copyFile(Path source, Path target) throws IOException {
        AtomicFiles.writeFile(target, tmp -> {
            try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                long size = in.size();
                long done = 0;
                while (done < size) {
                    long n = in.transferTo(done, size - done, out);
                    if (n <= 0) {
                        throw new IOException(source + ": no progress copying at byte " + done + " of " + size);
                    }
                    done += n;
                }
            }
        });
    }

    private ShardedWriter add(Shard s) {
        if (shards.putIfAbsent(s.name(), s) != null) {
            throw new IllegalArgumentException("shard '" + s.name() + "' added twice");
        }
        return this;
    }

    private static String checkName(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")
                || name.equals(ShardIndex.FILE_NAME)) {
            throw new IllegalArgumentException("'" + name + "' is not a plain shard file name");
        }
        return name;
    }
}
