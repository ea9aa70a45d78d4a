package org.vwb.safetensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.safetensors.SafetensorsFormatException.Reason;

/// Model folders: unsharded, sharded with an index, and every way an index and its shards can disagree.
class CheckpointTest {
    private static final String S1 = ShardedWriter.shardName(1, 2);
    private static final String S2 = ShardedWriter.shardName(2, 2);

    @TempDir
    Path dir;

    private static SafetensorsWriter shard(String... names) {
        SafetensorsWriter w = SafetensorsWriter.create();
        for (String n : names) {
            w.add(n, DType.BF16, new long[] {2, 2}, TensorData.of(n.repeat(8).substring(0, 8).getBytes(StandardCharsets.US_ASCII)));
        }
        return w;
    }

    private Path sharded() throws Exception {
        Path folder = dir.resolve("sharded");
        new ShardedWriter().shard(S1, shard("embed", "layer.0")).shard(S2, shard("layer.1", "lm_head")).write(folder);
        return folder;
    }

    private static void writeIndex(Path folder, Map<String, String> weightMap) throws Exception {
        new ShardIndex(Map.of("total_size", "0"), weightMap).write(folder.resolve(ShardIndex.FILE_NAME));
    }

    private static SafetensorsFormatException rejected(Reason reason, Path folder) {
        var e = assertThrows(SafetensorsFormatException.class, () -> Checkpoint.openHeaders(folder).close());
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }

    @Test
    void opensAShardedCheckpointThroughItsIndex() throws Exception {
        Path folder = sharded();
        try (Checkpoint c = Checkpoint.open(folder)) {
            assertEquals(List.of(folder.resolve(S1), folder.resolve(S2)), c.shards());
            assertEquals(4, c.tensors().size());
            assertEquals(folder.resolve(S2), c.shardOf("lm_head"));
            assertEquals(32, c.totalTensorBytes());
            assertArrayEquals("lm_headl".getBytes(StandardCharsets.US_ASCII),
                    c.tensor("lm_head").data().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
            assertEquals(32, c.index().orElseThrow().totalSize());
        }
    }

    @Test
    void indexRoundTripsAndIsWrittenSortedWithANumericTotalSize() throws Exception {
        Path folder = sharded();
        ShardIndex index = ShardIndex.read(folder.resolve(ShardIndex.FILE_NAME));
        assertEquals(Map.of("embed", S1, "layer.0", S1, "layer.1", S2, "lm_head", S2), index.weightMap());
        assertEquals(List.of("embed", "layer.0", "layer.1", "lm_head"), List.copyOf(index.weightMap().keySet()));
        Path again = dir.resolve("again.json");
        index.write(again);
        assertEquals(index, ShardIndex.read(again));
        assertEquals(Files.readString(folder.resolve(ShardIndex.FILE_NAME)), Files.readString(again));
        assertTrue(Files.readString(again).contains("\"total_size\" : 32"), Files.readString(again));
    }

    @Test
    void headersOnlyCheckpointsRefuseTensorData() throws Exception {
        try (Checkpoint c = Checkpoint.openHeaders(sharded())) {
            assertEquals(4, c.find("layer.1").orElseThrow().elementCount());
            assertThrows(IllegalStateException.class, () -> c.tensor("embed"));
        }
    }

    @Test
    void aSingleModelSafetensorsNeedsNoIndex() throws Exception {
        Path folder = dir.resolve("single");
        assertNull(new ShardedWriter().shard("model.safetensors", shard("w")).write(folder));
        try (Checkpoint c = Checkpoint.open(folder)) {
            assertTrue(c.index().isEmpty());
            assertEquals(List.of(folder.resolve("model.safetensors")), c.shards());
        }
        assertTrue(Files.notExists(folder.resolve(ShardIndex.FILE_NAME)));
    }

    @Test
    void copiedShardsAreByteForByteCopies() throws Exception {
        Path source = sharded();
        Path out = dir.resolve("out");
        new ShardedWriter().shard(S1, shard("embed", "layer.0")).copiedShard(S2, source.resolve(S2)).write(out);
        assertArrayEquals(Files.readAllBytes(source.resolve(S2)), Files.readAllBytes(out.resolve(S2)));
        assertEquals(Files.readString(source.resolve(ShardIndex.FILE_NAME)), Files.readString(out.resolve(ShardIndex.FILE_NAME)));
    }

    @Test
    void shardsWrittenInParallelAreIdenticalToSequentialOnes() throws Exception {
        Path source = sharded();
        Path seq = dir.resolve("seq");
        Path par = dir.resolve("par");
        new ShardedWriter().parallelism(1).shard(S1, shard("embed", "layer.0")).copiedShard(S2, source.resolve(S2))
                .write(seq);
        new ShardedWriter().parallelism(2).shard(S1, shard("embed", "layer.0")).copiedShard(S2, source.resolve(S2))
                .write(par);
        for (String f : List.of(S1, S2, ShardIndex.FILE_NAME)) {
            assertArrayEquals(Files.readAllBytes(seq.resolve(f)), Files.readAllBytes(par.resolve(f)), f);
        }
    }

    @Test
    void aFailingShardFailsTheWriteAndNoIndexIsWritten() throws Exception {
        Path out = dir.resolve("failing");
        Path missing = dir.resolve("no-such-shard.safetensors");
        var writer = new ShardedWriter().parallelism(2).shard(S1, shard("embed")).copiedShard(S2, missing);
        assertThrows(NoSuchFileException.class, () -> writer.write(out));
        assertTrue(Files.notExists(out.resolve(ShardIndex.FILE_NAME)));
    }

    @Test
    void aFolderWithoutModelSafetensorsOrIndexIsRefusedNamingWhatWasFound() throws Exception {
        Path folder = sharded();
        Files.delete(folder.resolve(ShardIndex.FILE_NAME));
        var e = assertThrows(NoSuchFileException.class, () -> Checkpoint.open(folder));
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no model.safetensors and no model.safetensors.index.json (found only "
                + S1 + ", " + S2 + ")"), e.getMessage());
    }

    @Test
    void shardNamesWithDotDotAreRejected() throws Exception {
        Path folder = sharded();
        writeIndex(folder, Map.of("embed", "../sharded/" + S1));
        assertTrue(rejected(Reason.SHARD_INVALID, folder).getMessage().contains("contains '..'"));
    }

    @Test
    void absoluteShardNamesAreRejected() throws Exception {
        Path folder = sharded();
        writeIndex(folder, Map.of("embed", folder.resolve(S1).toAbsolutePath().toString()));
        assertTrue(rejected(Reason.SHARD_INVALID, folder).getMessage().contains("absolute path"));
    }

    @Test
    void shardsThatAreLinksOutOfTheFolderAreRejected() throws Exception {
        Path folder = sharded();
        Path outside = dir.resolve("outside.safetensors");
        Files.move(folder.resolve(S2), outside);
        Files.createSymbolicLink(folder.resolve(S2), outside);
        var e = rejected(Reason.SHARD_INVALID, folder);
        assertTrue(e.getMessage().contains("'" + S2 + "' leads out of the folder"), e.getMessage());
    }

    @Test
    void aMissingShardIsRejectedNamingIt() throws Exception {
        Path folder = sharded();
        Files.delete(folder.resolve(S2));
        var e = rejected(Reason.SHARD_INVALID, folder);
        assertTrue(e.getMessage().contains("shard '" + S2 + "' does not exist"), e.getMessage());
    }

    @Test
    void aTensorMissingFromItsShardIsAMismatch() throws Exception {
        Path folder = sharded();
        writeIndex(folder, Map.of("embed", S1, "layer.0", S1, "layer.1", S2, "lm_head", S2, "ghost", S2));
        var e = rejected(Reason.INDEX_MISMATCH, folder);
        assertTrue(e.getMessage().contains("tensor 'ghost' is mapped to shard '" + S2 + "' but that shard does not hold it"),
                e.getMessage());
    }

    @Test
    void aShardHoldingATensorTheIndexMapsElsewhereIsAMismatch() throws Exception {
        Path folder = sharded();
        writeIndex(folder, Map.of("embed", S1, "layer.0", S2, "layer.1", S2, "lm_head", S2));
        var e = rejected(Reason.INDEX_MISMATCH, folder);
        assertTrue(e.getMessage().contains("holds tensor 'layer.0' but the index maps it to '" + S2 + "'"), e.getMessage());
    }

    @Test
    void aShardHoldingAnUnmappedTensorIsAMismatch() throws Exception {
        Path folder = sharded();
        writeIndex(folder, Map.of("embed", S1, "layer.1", S2, "lm_head", S2));
        assertTrue(rejected(Reason.INDEX_MISMATCH, folder).getMessage().contains("maps it to no shard"));
    }

    @Test
    void aMalformedIndexIsRejected() throws Exception {
        Path folder = sharded();
        Path index = folder.resolve(ShardIndex.FILE_NAME);
        for (String bad : List.of("{", "[]", "{\"metadata\":{}}", "{\"weight_map\":{\"a\":1}}",
                "{\"weight_map\":{\"a\":\"x\",\"a\":\"y\"}}", "{\"metadata\":{\"total_size\":\"-3\"},\"weight_map\":{}}")) {
            Files.writeString(index, bad);
            var e = rejected(Reason.INDEX_INVALID, folder);
            assertTrue(e.getMessage().startsWith(index.toString()), e.getMessage());
        }
    }
}
