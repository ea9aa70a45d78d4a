package org.vwb.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Compares against vectors printed by the fastText tool itself (fixture made by
/// `src/test/resources/fasttext/make-fixture.sh`).
class FastTextBinTest {
    @TempDir
    Path tmp;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(FastTextBinTest.class.getResource("/fasttext/" + name).toURI());
    }

    private static Map<String, float[]> expected() throws IOException, URISyntaxException {
        Map<String, float[]> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(fixture("expected.txt"), StandardCharsets.UTF_8)) {
            String[] t = line.strip().split(" ");
            float[] v = new float[t.length - 1];
            for (int j = 0; j < v.length; j++) {
                v[j] = Float.parseFloat(t[j + 1]);
            }
            out.put(t[0], v);
        }
        return out;
    }

    @Test
    void vectorForMatchesFastTextPrintWordVectorsForKnownUnknownAndCjkWords() throws Exception {
        StaticVectors ft = VectorReader.read(fixture("tiny.bin"));
        Map<String, float[]> expected = expected();
        assertEquals(15, expected.size());
        for (var e : expected.entrySet()) {
            float[] actual = ft.vectorFor(e.getKey());
            float[] want = e.getValue();
            for (int j = 0; j < want.length; j++) {
                // fastText prints 5 significant digits: the absolute bound of the brief and a relative one
                double diff = Math.abs(actual[j] - want[j]);
                assertTrue(diff <= 1e-5 && diff <= 5e-5 * Math.abs(want[j]) + 1e-9,
                        e.getKey() + "[" + j + "]: fastText " + want[j] + ", ours " + actual[j]);
            }
        }
        // the fixture is only a test if its OOV and CJK vectors are not trivially zero
        assertFalse(ft.contains("北京大学"));
        assertTrue(Arrays.stream(box(expected.get("北京大学"))).anyMatch(x -> x != 0));
        assertFalse(ft.contains("zebra"));
        assertTrue(ft.contains("北京"));
    }

    @Test
    void readsArgsAndVocabularyOfTheModel() throws Exception {
        StaticVectors ft = VectorReader.read(fixture("tiny.bin"));
        assertEquals(VectorFormat.FASTTEXT_BIN, VectorReader.detect(fixture("tiny.bin")));
        assertEquals(8, ft.dim());
        assertEquals(new SubwordSpec(2, 4, 2000, ft.size()), ft.subwordSpec().orElseThrow());
        assertTrue(ft.contains("</s>"));
        assertArrayEquals(ft.vectorFor("cat"), ft.vector("cat").orElseThrow());
    }

    @Test
    void writeVecOfAModelHoldsItsWordVectorsLikeFastTextsOwnExport() throws Exception {
        StaticVectors ft = VectorReader.read(fixture("tiny.bin"));
        Path vec = tmp.resolve("tiny.vec");
        ft.writeVec(vec);
        StaticVectors back = VectorReader.read(vec);
        assertEquals(ft.words(), back.words());
        assertTrue(back.subwordSpec().isEmpty());
        for (String w : List.of("cat", "北京", "</s>")) {
            assertArrayEquals(ft.vectorFor(w), back.vector(w).orElseThrow(), w);
        }
        // a plain copy keeps vocabulary vectors but not the n-grams: unknown words become zero
        assertArrayEquals(new float[8], back.vectorFor("北京大学"));
        assertEquals(ft.nearest("cat", 3), back.nearest("cat", 3));
    }

    @Test
    void subwordsAreCharacterNgramsOfTheMarkedWord() throws Exception {
        StaticVectors ft = VectorReader.read(fixture("tiny.bin"));
        // "<北京大学>" has 6 characters; n = 2..4 from each start, never the bare "<" or ">" 1-grams
        assertEquals(List.of("<北", "<北京", "<北京大", "北京", "北京大", "北京大学", "京大", "京大学", "京大学>",
                "大学", "大学>", "学>"), ft.subwordsOf("北京大学"));
        assertEquals("cat", ft.subwordsOf("cat").getFirst());
        assertEquals(List.of("</s>"), ft.subwordsOf("</s>"));
    }

    @Test
    void rejectsWrongMagic() throws Exception {
        byte[] b = Files.readAllBytes(fixture("tiny.bin"));
        b[0] ^= 1;
        var e = assertThrows(VectorFormatException.class, () -> readAs(b));
        assertEquals(VectorFormatException.Reason.BAD_MAGIC, e.reason());
        assertTrue(e.getMessage().contains("bad.bin"), e.getMessage());
    }

    @Test
    void rejectsUnknownVersion() throws Exception {
        byte[] b = Files.readAllBytes(fixture("tiny.bin"));
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 13);
        var e = assertThrows(VectorFormatException.class, () -> readAs(b));
        assertEquals(VectorFormatException.Reason.UNSUPPORTED_VERSION, e.reason());
        assertTrue(e.getMessage().contains("version 13"), e.getMessage());
    }

    @Test
    void rejectsQuantizedModel() throws Exception {
        byte[] b = Files.readAllBytes(fixture("tiny.bin"));
        b[quantFlagOffset(b)] = 1;
        var e = assertThrows(VectorFormatException.class, () -> readAs(b));
        assertEquals(VectorFormatException.Reason.QUANTIZED, e.reason());
        assertTrue(e.getMessage().contains(".ftz"), e.getMessage());
    }

    @Test
    void rejectsTruncatedModel() throws Exception {
        byte[] b = Files.readAllBytes(fixture("tiny.bin"));
        var e = assertThrows(VectorFormatException.class, () -> readAs(Arrays.copyOf(b, b.length - 5)));
        assertEquals(VectorFormatException.Reason.TRUNCATED, e.reason());
        assertTrue(e.getMessage().contains("output matrix"), e.getMessage());
        var inDict = assertThrows(VectorFormatException.class, () -> readAs(Arrays.copyOf(b, 120)));
        assertEquals(VectorFormatException.Reason.TRUNCATED, inDict.reason());
    }

    @Test
    void rejectsInputMatrixThatDisagreesWithBucketCount() throws Exception {
        byte[] b = Files.readAllBytes(fixture("tiny.bin"));
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(8 + 4 * 8, 1999); // Args.bucket
        var e = assertThrows(VectorFormatException.class, () -> readAs(b));
        assertEquals(VectorFormatException.Reason.INCONSISTENT_MODEL, e.reason());
        assertTrue(e.getMessage().contains("bucket 1999"), e.getMessage());
    }

    private void readAs(byte[] bytes) throws IOException {
        Path p = tmp.resolve("bad.bin");
        Files.write(p, bytes);
        VectorReader.read(p, VectorFormat.FASTTEXT_BIN, Integer.MAX_VALUE);
    }

    /// Walks the header and dictionary to the quant flag (the layout the reader documents).
    private static int quantFlagOffset(byte[] b) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 8 + 12 * 4 + 8;
        int size = buf.getInt(pos);
        pos += 4 + 4 + 4 + 8 + 8;
        for (int i = 0; i < size; i++) {
            while (b[pos] != 0) {
                pos++;
            }
            pos += 1 + 8 + 1;
        }
        return pos;
    }

    private static Float[] box(float[] v) {
        Float[] out = new Float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

}
