package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vwb.common.AtomicFiles;
import org.vwb.model.patch.NewRows;
import org.vwb.safetensors.SafetensorsHeader;
import org.vwb.safetensors.StagedSafetensorsWriter;
import org.vwb.safetensors.TensorData;
import org.vwb.safetensors.TensorInfo;

/// The part of a patch that needs only the base, so that it can run while the new rows are still being
/// computed: every shard without a growing tensor copied whole, and in each shard with one, its other
/// tensors written first after room left for the header ([StagedSafetensorsWriter]); [#finish] then
/// appends the grown tensors (their old rows copied as bytes, then the new rows) and writes the header.
///
/// A shard whose staged layout would leave a tensor unaligned (an odd-length byte tensor before the
/// embedding) is not staged: [#staged] is false for it and the patch rewrites it whole at the end.
final class Prefill {
    /// The largest row count the header leaves room for: a vocabulary size is an `int`.
    private static final long MAX_ROWS = Integer.MAX_VALUE;

    private final BaseLayout base;
    private final CopyDigests digests;
    private final long cloneBlock;
    private final Map<Path, StagedSafetensorsWriter> staged = new LinkedHashMap<>();
    /// The clones of the staged shards' unchanged tensors, where the output's file system shares blocks.
    private final Map<Path, ShardClones> clones = new LinkedHashMap<>();
    private final List<Path> copied = new ArrayList<>();
    /// Set by [#run] and [#finish]: the meter of the thread that copies (the job's, or a side task's).
    private volatile Meter meter;

    /// Plans the prefill of `base`; copies base bytes recording into `digests`. With a `cloneBlock` (the
    /// output file system's clone granularity, [Reflink#cloneBlock]; 0 where it cannot clone from the
    /// base) the staged shards' unchanged tensors are cloned where they can be ([ShardClones]).
    Prefill(BaseLayout base, CopyDigests digests, long cloneBlock) {
        this.base = base;
        this.digests = digests;
        this.cloneBlock = cloneBlock;
        for (Map.Entry<Path, SafetensorsHeader> e : base.headers().entrySet()) {
            Map<String, Target> targets = base.rewritten().get(e.getKey());
            if (targets == null) {
                copied.add(e.getKey());
                continue;
            }
            ShardClones c = cloneBlock > 0 ? new ShardClones(e.getKey(), cloneBlock) : null;
            StagedSafetensorsWriter w = writer(e.getKey(), e.getValue(), targets, c);
            if (w.aligned()) {
                staged.put(e.getKey(), w);
                if (c != null) {
                    clones.put(e.getKey(), c);
                }
            }
        }
    }

    /// The block in which the file system of the folder that holds `out` clones `base`'s shards
    /// ([Reflink#cloneBlock], probed with the first shard), or 0 where it cannot or that folder does not
    /// exist yet. The probe file is named like `out`'s temporary folders, so that the next run removes
    /// it if this one is killed meanwhile ([AtomicFiles#removeLeftovers]).
    static long cloneBlock(BaseLayout base, Path out) {
        Path folder = out.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return 0;
        }
        String prefix = "." + out.getFileName() + AtomicFiles.TEMP_MARKER + "clone-probe-";
        return base.headers().keySet().stream().findFirst().map(shard -> Reflink.cloneBlock(shard, folder, prefix))
                .orElse(0L);
    }

    /// The bytes [#run] plans to clone instead of writing (0 without clones): room the output's file
    /// system does not need for them.
    long clonedBytes() throws IOException {
        if (cloneBlock == 0) {
            return 0;
        }
        long bytes = clones.values().stream().mapToLong(ShardClones::expectedBytes).sum();
        for (Path shard : copied) {
            bytes += Files.size(shard);
        }
        return bytes;
    }

    /// Bytes [#run] copies.
    long totalBytes() throws IOException {
        long bytes = staged.values().stream().mapToLong(StagedSafetensorsWriter::fixedBytes).sum();
        for (Path shard : copied) {
            bytes += Files.size(shard);
        }
        return bytes;
    }

    /// Whether `shard` (a base shard with a growing tensor) had its other tensors written by [#run].
    boolean staged(Path shard) {
        return staged.containsKey(shard);
    }

    /// Whether `shard` (a base shard) is copied whole by [#run].
    boolean copied(Path shard) {
        return copied.contains(shard);
    }

    /// Writes the unchanged tensors of the staged shards and copies the other shards into `tmp`,
    /// reporting bytes to `meter` (which also checks for cancellation).
    void run(Path tmp, Meter meter) throws IOException {
        this.meter = meter;
        for (Map.Entry<Path, StagedSafetensorsWriter> e : staged.entrySet()) {
            Path target = output(tmp, e.getKey());
            Files.createDirectories(target.getParent());
            PatchRun.named(target, () -> {
                e.getValue().writeFixed(target);
                ShardClones c = clones.get(e.getKey());
                if (c != null) {
                    c.finish(target, e.getValue().dataStart() + e.getValue().fixedBytes(), meter);
                }
            });
        }
        for (Path shard : copied) {
            Path target = output(tmp, shard);
            Files.createDirectories(target.getParent());
            PatchRun.named(target, () -> ByteCopy.copyFile(shard, target, meter, digests));
        }
    }

    /// Appends the grown tensors of the staged `shard` (their old rows, then `rows` up to `newVocabSize`)
    /// and writes its header; returns the file's size.
    long finish(Path tmp, Path shard, NewRows rows, long newVocabSize, Meter meter) throws IOException {
        this.meter = meter;
        SafetensorsHeader header = base.headers().get(shard);
        Map<String, StagedSafetensorsWriter.Appended> appended = new LinkedHashMap<>();
        for (Target target : base.rewritten().get(shard).values()) {
            appended.put(target.name(), new StagedSafetensorsWriter.Appended(newVocabSize,
                    ShardRewrite.grown(shard, header, target, rows, meter, digests)));
        }
        return staged.get(shard).finish(output(tmp, shard), appended); // the caller names the file in errors
    }

    private Path output(Path tmp, Path shard) {
        return tmp.resolve(FolderFiles.relative(base.model().folder(), shard));
    }

    /// The staged writer of `shard`: its metadata kept (the writer sets `format` and `vwb.version`), the
    /// growing tensors reserved, the others copied from the base when [#run] writes them.
    private StagedSafetensorsWriter writer(Path shard, SafetensorsHeader header, Map<String, Target> targets,
                                           ShardClones clones) {
        StagedSafetensorsWriter w = StagedSafetensorsWriter.create();
        ShardRewrite.keptMetadata(header).forEach(w::metadata);
        Map<String, Long> rows = new java.util.HashMap<>();
        for (TensorInfo t : header.tensors()) {
            long at = header.dataStart() + t.begin();
            if (targets.containsKey(t.name())) {
                w.reserve(t.name(), t.dtype(), t.shape(), MAX_ROWS);
                rows.put(t.name(), t.shape()[0]);
            } else {
                TensorData copy = ByteCopy.region(shard, at, t.byteLength(), () -> meter, digests);
                w.add(t.name(), t.dtype(), t.shape(), clones == null ? copy : clones.region(at, t.byteLength(), copy));
            }
        }
        if (clones != null) { // the fixed tensors' offsets do not depend on the reserved ones' rows
            clones.align(w, w.layout(rows), name -> targets.containsKey(name) ? -1
                    : header.find(name).orElseThrow().begin(), header.dataStart());
        }
        return w;
    }
}
