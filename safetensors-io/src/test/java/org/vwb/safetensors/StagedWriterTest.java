package org.vwb.safetensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The two-step writer: fixed tensors first, reserved ones appended later, header written last.
class StagedWriterTest {

    @TempDir
    Path dir;

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new SplittableRandom(seed).nextBytes(b);
        return b;
    }

    @Test
    void appendedTensorsFollowTheFixedOnesAndEveryReaderAcceptsTheFile() throws Exception {
        byte[] norm = random(4 * 8, 1);
        byte[] layer = random(2 * 6 * 8, 2);
        byte[] embOld = random(2 * 5 * 8, 3);
        byte[] embNew = random(2 * 7 * 8, 4);
        byte[] head = random(2 * 12 * 8, 5);
        StagedSafetensorsWriter w = StagedSafetensorsWriter.create().metadata("source", "test")
                .add("norm.weight", DType.F32, new long[] {8}, TensorData.of(norm))
                .add("layer.weight", DType.BF16, new long[] {6, 8}, TensorData.of(layer))
                .reserve("embed.weight", DType.BF16, new long[] {5, 8}, Integer.MAX_VALUE)
                .reserve("lm_head.weight", DType.BF16, new long[] {5, 8}, Integer.MAX_VALUE);
        Path file = dir.resolve("model.safetensors");
        assertTrue(w.aligned());
        assertEquals(norm.length + layer.length, w.writeFixed(file));
        long size = w.finish(file, Map.of(
                "embed.weight", new StagedSafetensorsWriter.Appended(12, TensorData.concat(TensorData.of(embOld),
                        TensorData.of(embNew))),
                "lm_head.weight", new StagedSafetensorsWriter.Appended(12, TensorData.of(head))));
        assertEquals(Files.size(file), size);

        try (SafetensorsFile f = SafetensorsFile.open(file)) {
            assertEquals(w.dataStart(), f.header().dataStart());
            assertEquals("test", f.header().metadata().get("source"));
            assertEquals("pt", f.header().metadata().get("format"));
            List<String> order = f.header().tensors().stream().map(TensorInfo::name).toList();
            assertEquals(List.of("norm.weight", "layer.weight", "embed.weight", "lm_head.weight"), order);
            assertArrayEquals(new long[] {12, 8}, f.header().find("embed.weight").orElseThrow().shape());
            assertArrayEquals(norm, bytes(f, "norm.weight"));
            assertArrayEquals(layer, bytes(f, "layer.weight"));
            byte[] emb = bytes(f, "embed.weight");
            assertArrayEquals(embOld, java.util.Arrays.copyOfRange(emb, 0, embOld.length));
            assertArrayEquals(embNew, java.util.Arrays.copyOfRange(emb, embOld.length, emb.length));
            assertArrayEquals(head, bytes(f, "lm_head.weight"));
        }
        JsonNode py = new ObjectMapper().readTree(PythonReaderTest.runPython(file));
        assertEquals(4, py.get("tensors").size());
        assertEquals("[12,8]", py.get("tensors").get("lm_head.weight").get("shape").toString());
    }

    @Test
    void theReservedHeaderIsPaddedWithSpacesToAMultipleOfEight() throws Exception {
        StagedSafetensorsWriter w = StagedSafetensorsWriter.create()
                .add("a", DType.F32, new long[] {2}, TensorData.of(random(8, 6)))
                .reserve("b", DType.F32, new long[] {1, 3}, 1_000_000_000L);
        Path file = dir.resolve("x.safetensors");
        w.writeFixed(file);
        w.finish(file, Map.of("b", new StagedSafetensorsWriter.Appended(2, TensorData.of(random(24, 7)))));
        byte[] all = Files.readAllBytes(file);
        long n = ByteBuffer.wrap(all, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(w.dataStart(), 8 + n);
        assertEquals(0, n % 8);
        String header = new String(all, 8, (int) n, java.nio.charset.StandardCharsets.UTF_8);
        int close = header.lastIndexOf('}');
        assertTrue(header.substring(close + 1).isBlank());
        assertTrue(n - close - 1 >= 9, "room for the larger first dimension is kept as spaces: " + header);
        assertEquals(8 + n + 8 + 24, all.length);
    }

    @Test
    void theDataStartCanBePlacedAtAGivenOffsetWithinABlockAndReadersStillAcceptTheFile() throws Exception {
        byte[] a = random(4 * 16, 9);
        byte[] b = random(4 * 3, 10);
        for (long remainder : new long[] {0, 8, 1000, 4088}) {
            StagedSafetensorsWriter w = StagedSafetensorsWriter.create()
                    .add("a", DType.F32, new long[] {16}, TensorData.of(a))
                    .reserve("b", DType.F32, new long[] {1, 3}, 1_000_000L);
            long room = w.dataStart();
            w.alignDataStart(4096, remainder);
            assertEquals(remainder, w.dataStart() % 4096);
            assertTrue(w.dataStart() >= room && w.dataStart() < room + 4096, room + " → " + w.dataStart());
            Path file = dir.resolve("aligned-" + remainder + ".safetensors");
            w.writeFixed(file);
            w.finish(file, Map.of("b", new StagedSafetensorsWriter.Appended(1, TensorData.of(b))));
            try (SafetensorsFile f = SafetensorsFile.open(file)) {
                assertEquals(w.dataStart(), f.header().dataStart());
                assertArrayEquals(a, bytes(f, "a"));
                assertArrayEquals(b, bytes(f, "b"));
            }
            JsonNode py = new ObjectMapper().readTree(PythonReaderTest.runPython(file));
            assertEquals(2, py.get("tensors").size());
        }
        StagedSafetensorsWriter w = StagedSafetensorsWriter.create();
        assertThrows(IllegalArgumentException.class, () -> w.alignDataStart(4096, 4));
        assertThrows(IllegalArgumentException.class, () -> w.alignDataStart(4096, 4096));
        assertThrows(IllegalArgumentException.class, () -> w.alignDataStart(100, 0));
        assertThrows(IllegalArgumentException.class, () -> w.alignDataStart(0, 0));
    }

    @Test
    void alignedIsFalseWhenAnOddFixedTensorPrecedesAWiderReservedOne() {
        StagedSafetensorsWriter w = StagedSafetensorsWriter.create()
                .add("flags", DType.U8, new long[] {3}, TensorData.of(new byte[3]))
                .reserve("emb", DType.F32, new long[] {1, 4}, 100);
        assertFalse(w.aligned());
        StagedSafetensorsWriter even = StagedSafetensorsWriter.create()
                .add("flags", DType.U8, new long[] {4}, TensorData.of(new byte[4]))
                .reserve("emb", DType.F32, new long[] {1, 4}, 100);
        assertTrue(even.aligned());
    }

    @Test
    void finishRefusesADimensionAboveTheReservedMaximumAndMissingData() throws Exception {
        StagedSafetensorsWriter w = StagedSafetensorsWriter.create()
                .add("a", DType.F32, new long[] {2}, TensorData.of(random(8, 8)))
                .reserve("b", DType.F32, new long[] {1, 2}, 10);
        Path file = dir.resolve("y.safetensors");
        w.writeFixed(file);
        assertThrows(IllegalArgumentException.class, () -> w.finish(file,
                Map.of("b", new StagedSafetensorsWriter.Appended(11, TensorData.of(new byte[88])))));
        assertThrows(IllegalArgumentException.class, () -> w.finish(file, Map.of()));
        IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class, () -> w.finish(file,
                Map.of("b", new StagedSafetensorsWriter.Appended(3, TensorData.of(new byte[8])))));
        assertTrue(wrongLength.getMessage().contains("needs 24 bytes"), wrongLength.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> StagedSafetensorsWriter.create().reserve("c", DType.F32, new long[] {11, 2}, 10));
        assertThrows(IllegalArgumentException.class,
                () -> StagedSafetensorsWriter.create().add("c", DType.F32, new long[] {1}, TensorData.of(new byte[4]))
                        .reserve("c", DType.F32, new long[] {1, 2}, 10));
    }

    private static byte[] bytes(SafetensorsFile f, String name) {
        return f.tensor(name).data().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }
}
