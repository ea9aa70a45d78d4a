package org.vwb.safetensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Random tensors written, read back by the project's reader and by an independent one.
class RoundTripTest {
    private static final String NAME_CHARS = "abcxyz_.019-\"\\/ éü中文\t";

    @TempDir
    Path dir;

    record Spec(String name, DType dtype, long[] shape, byte[] bytes) {
    }

    static List<Spec> randomTensors(SplittableRandom rnd) {
        int count = rnd.nextInt(0, 7);
        Map<String, Spec> specs = new TreeMap<>();
        while (specs.size() < count) {
            DType dtype = DType.values()[rnd.nextInt(DType.values().length)];
            long[] shape = new long[rnd.nextInt(0, 4)];
            long elements = 1;
            for (int i = 0; i < shape.length; i++) {
                shape[i] = rnd.nextInt(0, 6);
                elements *= shape[i];
            }
            if (elements * dtype.bits() % 8 != 0) {
                continue; // sub-byte shapes that do not fill whole bytes are invalid by design
            }
            byte[] bytes = new byte[(int) (elements * dtype.bits() / 8)];
            rnd.nextBytes(bytes);
            String name = randomName(rnd);
            if (!name.equals("__metadata__")) {
                specs.put(name, new Spec(name, dtype, shape, bytes));
            }
        }
        return new ArrayList<>(specs.values());
    }

    private static String randomName(SplittableRandom rnd) {
        StringBuilder b = new StringBuilder();
        int length = rnd.nextInt(1, 12);
        for (int i = 0; i < length; i++) {
            b.append(NAME_CHARS.charAt(rnd.nextInt(NAME_CHARS.length())));
        }
        return b.toString();
    }

    static SafetensorsWriter writer(List<Spec> specs) {
        SafetensorsWriter w = SafetensorsWriter.create().metadata("vwb.operation", "round-trip \"test\"");
        for (Spec s : specs) {
            w.add(s.name(), s.dtype(), s.shape(), TensorData.of(s.bytes()));
        }
        return w;
    }

    @Test
    void randomTensorsRoundTripDeterministicallyAndAligned() throws Exception {
        SplittableRandom rnd = new SplittableRandom(20261126);
        for (int c = 0; c < 200; c++) {
            List<Spec> specs = randomTensors(rnd);
            Path a = dir.resolve("a" + c + ".safetensors");
            Path b = dir.resolve("b" + c + ".safetensors");
            long size = writer(specs).write(a);
            writer(specs).write(b);
            byte[] fileA = Files.readAllBytes(a);
            assertEquals(size, fileA.length);
            assertArrayEquals(fileA, Files.readAllBytes(b), "case " + c + ": writing twice differs");
            try (SafetensorsFile f = SafetensorsFile.open(a)) {
                SafetensorsHeader h = f.header();
                assertEquals(0, h.dataStart() % 8, "case " + c);
                assertEquals("pt", h.metadata().get("format"));
                assertEquals(specs.size(), h.tensors().size());
                for (Spec s : specs) {
                    TensorInfo info = h.find(s.name()).orElseThrow();
                    assertEquals(s.dtype(), info.dtype());
                    assertArrayEquals(s.shape(), info.shape());
                    assertEquals(0, (h.dataStart() + info.begin()) % s.dtype().alignment(), "case " + c + " " + info);
                    assertArrayEquals(s.bytes(), f.tensor(s.name()).data().toArray(ValueLayout.JAVA_BYTE));
                }
            }
            IndependentReader.check(fileA, specs);
        }
    }

    @Test
    void copiedTensorsAreByteIdenticalAndGiveAnIdenticalFile() throws Exception {
        SplittableRandom rnd = new SplittableRandom(5);
        List<Spec> specs;
        do {
            specs = randomTensors(rnd);
        } while (specs.isEmpty());
        Path source = dir.resolve("source.safetensors");
        writer(specs).write(source);
        Path copy = dir.resolve("copy.safetensors");
        try (SafetensorsFile f = SafetensorsFile.open(source)) {
            SafetensorsWriter w = SafetensorsWriter.create().metadata(f.header().metadata());
            for (TensorInfo t : f.header().tensors()) {
                w.copy(f.tensor(t.name()));
            }
            w.write(copy);
        }
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(copy));
    }

    @Test
    void metadataAlwaysSaysPtAndTheProjectVersion() throws Exception {
        Path file = dir.resolve("m.safetensors");
        SafetensorsWriter.create().metadata(Map.of("vwb.version", "old", "vwb.request", "{\"seed\":1}")).write(file);
        Map<String, String> meta = SafetensorsFile.readHeader(file).metadata();
        assertEquals("pt", meta.get("format"));
        assertEquals("{\"seed\":1}", meta.get("vwb.request"));
        assertFalse(meta.get("vwb.version").equals("old"));
        assertTrue(meta.get("vwb.version").matches("\\d+\\.\\d+.*"), meta.get("vwb.version"));
    }

    /// A reader written from the format description only: ByteBuffer + a Jackson tree, no project code.
    static final class IndependentReader {
        static void check(byte[] file, List<Spec> specs) throws Exception {
            ByteBuffer buf = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
            long n = buf.getLong(0);
            assertEquals(0, n % 8, "header length is a multiple of 8");
            String json = new String(file, 8, (int) n, StandardCharsets.UTF_8);
            JsonNode root = new ObjectMapper().readTree(json);
            assertEquals("pt", root.get("__metadata__").get("format").asText());
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            root.properties().forEach(e -> {
                if (!e.getKey().equals("__metadata__")) {
                    entries.add(e);
                }
            });
            assertEquals(specs.size(), entries.size());
            entries.sort(Comparator.comparingLong(e -> e.getValue().get("data_offsets").get(0).asLong()));
            long expectedBegin = 0;
            Map.Entry<String, JsonNode> previous = null;
            for (Map.Entry<String, JsonNode> e : entries) {
                Spec s = specs.stream().filter(x -> x.name().equals(e.getKey())).findFirst().orElseThrow();
                JsonNode t = e.getValue();
                assertEquals(s.dtype().wireName(), t.get("dtype").asText());
                long[] shape = new long[t.get("shape").size()];
                Arrays.setAll(shape, i -> t.get("shape").get(i).asLong());
                assertArrayEquals(s.shape(), shape);
                long begin = t.get("data_offsets").get(0).asLong();
                long end = t.get("data_offsets").get(1).asLong();
                assertEquals(expectedBegin, begin);
                byte[] data = Arrays.copyOfRange(file, (int) (8 + n + begin), (int) (8 + n + end));
                assertArrayEquals(s.bytes(), data);
                if (previous != null) {
                    assertTrue(sortKey(previous).compareTo(sortKey(e)) < 0, "layout order: alignment desc, then name");
                }
                previous = e;
                expectedBegin = end;
            }
            assertEquals(file.length, 8 + n + expectedBegin, "no trailing bytes");
        }

        private static String sortKey(Map.Entry<String, JsonNode> e) {
            String dtype = e.getValue().get("dtype").asText();
            int align = Math.max(1, DTYPE_BITS.get(dtype) / 8);
            return (9 - align) + e.getKey();
        }

        private static final Map<String, Integer> DTYPE_BITS = Map.ofEntries(
                Map.entry("F64", 64), Map.entry("I64", 64), Map.entry("U64", 64), Map.entry("C64", 64),
                Map.entry("F32", 32), Map.entry("I32", 32), Map.entry("U32", 32),
                Map.entry("F16", 16), Map.entry("BF16", 16), Map.entry("I16", 16), Map.entry("U16", 16),
                Map.entry("I8", 8), Map.entry("U8", 8), Map.entry("BOOL", 8), Map.entry("F8_E4M3", 8),
                Map.entry("F8_E5M2", 8), Map.entry("F8_E8M0", 8), Map.entry("F4", 4), Map.entry("F6_E2M3", 6),
                Map.entry("F6_E3M2", 6));
    }
}
