package org.vwb.bench.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vwb.common.AtomicFiles;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.SafetensorsHeader;
import org.vwb.safetensors.SafetensorsWriter;
import org.vwb.safetensors.ShardedWriter;
import org.vwb.safetensors.TensorInfo;

/// The export under test, run in its own JVM so its peak RSS (VmHWM) can be read at the end:
/// every shard is copied byte for byte except the one holding the embedding, which is rewritten with
/// the embedding grown to 32,768 rows (old rows copied as bytes, new rows encoded).
///
/// Prints `export-ms=<ms in main> vmhwm-kb=<peak RSS>` on one line.
public final class ExportChild {
    static final int GROWN_VOCAB = 32_768;

    /// System property: how many shards the export writes at a time (default 2, the machine's cores).
    static final String PARALLELISM = "vwb.bench.parallelism";

    static int parallelism() {
        return Integer.getInteger(PARALLELISM, 2);
    }

    private ExportChild() {
    }

    /// `ExportChild <source folder> <target folder>`.
    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        long start = System.nanoTime();
        export(source, target);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("export-ms=" + ms + " vmhwm-kb=" + vmHwmKb());
    }

    static void export(Path source, Path target) throws IOException {
        try (Checkpoint c = Checkpoint.open(source)) {
            Path embeddingShard = c.shardOf(SyntheticCheckpoint.EMBEDDING);
            ShardedWriter out = new ShardedWriter().parallelism(parallelism());
            for (Path shard : c.shards()) {
                String name = shard.getFileName().toString();
                if (!shard.equals(embeddingShard)) {
                    out.copiedShard(name, shard);
                    continue;
                }
                SafetensorsHeader header = c.header(shard);
                SafetensorsWriter w = SafetensorsWriter.create().metadata(header.metadata())
                        .metadata("vwb.operation", "benchmark export");
                for (TensorInfo t : header.tensors()) {
                    if (t.name().equals(SyntheticCheckpoint.EMBEDDING)) {
                        w.addWithExtraRows(c.tensor(t.name()), GROWN_VOCAB - t.shape()[0], SyntheticCheckpoint::values);
                    } else {
                        w.copy(c.tensor(t.name()));
                    }
                }
                out.shard(name, w);
            }
            AtomicFiles.writeDirectory(target, true, out::write);
        }
    }

    static long vmHwmKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
