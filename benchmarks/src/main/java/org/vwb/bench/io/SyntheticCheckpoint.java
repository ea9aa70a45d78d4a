package org.vwb.bench.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vwb.common.AtomicFiles;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.SafetensorsWriter;
import org.vwb.safetensors.ShardIndex;
import org.vwb.safetensors.ShardedWriter;

/// A synthetic 2-shard bf16 checkpoint: a 32,000 × 4,096 `model.embed_tokens.weight` in shard 1 and
/// 16,384 × 4,096 filler matrices (128 MiB each) bringing each shard to about `shardMiB`.
final class SyntheticCheckpoint {
    static final String EMBEDDING = "model.embed_tokens.weight";
    static final int VOCAB = 32_000;
    static final int HIDDEN = 4_096;
    private static final int FILLER_ROWS = 16_384;
    private static final long FILLER_MIB = (long) FILLER_ROWS * HIDDEN * 2 >> 20;

    private SyntheticCheckpoint() {
    }

    /// Writes the checkpoint into `folder` unless its index already exists; returns whether it wrote.
    static boolean generate(Path folder, long shardMiB) throws IOException {
        if (Files.exists(folder.resolve(ShardIndex.FILE_NAME))) {
            return false;
        }
        long embeddingMiB = (long) VOCAB * HIDDEN * 2 >> 20;
        int fillers1 = (int) Math.max(0, Math.round((shardMiB - embeddingMiB) / (double) FILLER_MIB));
        int fillers2 = (int) Math.max(1, shardMiB / FILLER_MIB);
        SafetensorsWriter shard1 = SafetensorsWriter.create().metadata("vwb.operation", "synthetic benchmark checkpoint")
                .addRows(EMBEDDING, DType.BF16, VOCAB, HIDDEN, SyntheticCheckpoint::values);
        SafetensorsWriter shard2 = SafetensorsWriter.create().metadata("vwb.operation", "synthetic benchmark checkpoint");
        for (int i = 0; i < fillers1 + fillers2; i++) {
            SafetensorsWriter w = i < fillers1 ? shard1 : shard2;
            w.addRows("model.layers." + i + ".mlp.weight", DType.BF16, FILLER_ROWS, HIDDEN, SyntheticCheckpoint::values);
        }
        AtomicFiles.writeDirectory(folder, true, tmp -> new ShardedWriter()
                .shard(ShardedWriter.shardName(1, 2), shard1)
                .shard(ShardedWriter.shardName(2, 2), shard2)
                .write(tmp));
        return true;
    }

    /// Cheap deterministic values in [-0.5, 0.5).
    static void values(long row, float[] dst) {
        for (int c = 0; c < dst.length; c++) {
            dst[c] = (int) ((row * 4099 + c * 31) % 1000) * 0.001f - 0.5f;
        }
    }
}
