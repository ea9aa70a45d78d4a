package org.vwb.core;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.vwb.embedinit.ProvenanceCsv;
import org.vwb.embedinit.report.InputHash;
import org.vwb.model.ModelFolder;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.ShardIndex;

/// SHA-256 of what a diagnosis read: small files whole (`config.json`, tokenizer files, the shard index,
/// `vwb-init-rows.csv`), each shard's safetensors header (which pins every tensor's name, dtype, shape and
/// offsets), and the data bytes of the embedding and head tensors. Other tensors' data (gigabytes, never
/// read here) are not hashed.
final class InputHashes {
    /// What `report.json` says was hashed.
    static final String POLICY = "config.json, tokenizer files, the shard index and vwb-init-rows.csv whole; each"
            + " shard's safetensors header; the embedding and head tensors' data; other tensors' data not hashed";

    private InputHashes() {}

    static List<InputHash> of(String label, ModelFolder m, Checkpoint c) throws IOException {
        List<InputHash> out = new ArrayList<>();
        Path dir = m.folder();
        List<String> files = new ArrayList<>();
        files.add("config.json");
        files.addAll(m.tokenizerFiles().present());
        files.add(ShardIndex.FILE_NAME);
        files.add(ProvenanceCsv.FILE_NAME);
        for (String f : files) {
            Path p = dir.resolve(f);
            if (Files.isRegularFile(p)) {
                byte[] bytes = Files.readAllBytes(p);
                out.add(new InputHash(label, f, "file", bytes.length, hex(digest().digest(bytes))));
            }
        }
        for (Path shard : c.shards()) {
            byte[] header = header(shard);
            out.add(new InputHash(label, dir.relativize(shard).toString(), "safetensors-header", header.length,
                    hex(digest().digest(header))));
        }
        List<String> tensors = new ArrayList<>();
        tensors.add(m.layout().embedding().name());
        m.layout().head().ifPresent(h -> tensors.add(h.name()));
        for (String t : tensors) {
            MemorySegment data = c.tensor(t).data();
            out.add(new InputHash(label, dir.relativize(c.shardOf(t)).toString(), "tensor:" + t, data.byteSize(),
                    hex(digest(data))));
        }
        return out;
    }

    /// The 8-byte length and the JSON header.
    private static byte[] header(Path shard) throws IOException {
        try (FileChannel ch = FileChannel.open(shard, StandardOpenOption.READ)) {
            ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(len, 0);
            long n = len.flip().getLong();
            // Checkpoint.open validated the header (at most 100 MB), so n fits an array
            ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(8 + n));
            while (all.hasRemaining() && ch.read(all, all.position()) > 0) {
                // keep reading until the header is complete
            }
            return all.array();
        }
    }

    private static byte[] digest(MemorySegment data) {
        MessageDigest md = digest();
        long chunk = 1 << 24;
        for (long off = 0; off < data.byteSize(); off += chunk) {
            md.update(data.asSlice(off, Math.min(chunk, data.byteSize() - off)).asByteBuffer());
        }
        return md.digest();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
