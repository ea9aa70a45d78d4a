package org.vwb.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.vwb.align.VectorFormatException.Reason;

class TextVectorReaderTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsVecWithTrailingBlanksCrlfAndUtf8Words() throws IOException {
        Path p = write("a.vec", "3 2\r\nthe 0.5 -1.25 \r\n中文 1e-3\t2\r\ncafé -0 7.000001\r\n");
        StaticVectors v = VectorReader.read(p);
        assertEquals(List.of("the", "中文", "café"), v.words());
        assertEquals(2, v.dim());
        assertArrayEquals(new float[] {0.5f, -1.25f}, v.vector("the").orElseThrow());
        assertArrayEquals(new float[] {1e-3f, 2f}, v.vector(1));
        assertArrayEquals(new float[] {-0f, 7.000001f}, v.vector(2));
        assertEquals(VectorFormat.VEC_TEXT, VectorReader.detect(p));
    }

    @Test
    void readsGloveInferringTheDimensionFromTheFirstLine() throws IOException {
        Path p = write("g.txt", "the 0.1 0.2 0.3\nof 1 2 3\n\nand -1 -2 -3");
        assertEquals(VectorFormat.GLOVE_TEXT, VectorReader.detect(p));
        StaticVectors v = VectorReader.read(p);
        assertEquals(3, v.size());
        assertEquals(3, v.dim());
        assertArrayEquals(new float[] {-1, -2, -3}, v.vector("and").orElseThrow());
    }

    @Test
    void readsOnlyTheFirstWordsWhenAsked() throws IOException {
        Path p = write("a.vec", "3 1\na 1\nb 2\nc 3\n");
        StaticVectors v = VectorReader.read(p, VectorFormat.VEC_TEXT, 2);
        assertEquals(List.of("a", "b"), v.words());
        Path g = write("g.txt", "a 1\nb 2\nc 3\n");
        assertEquals(List.of("a"), VectorReader.read(g, VectorFormat.GLOVE_TEXT, 1).words());
    }

    @Test
    void keepsTheFirstOfDuplicateWordsAndCountsTheRest() throws IOException {
        Path p = write("a.vec", "3 1\na 1\nb 2\na 3\n");
        StaticVectors v = VectorReader.read(p);
        assertEquals(List.of("a", "b"), v.words());
        assertArrayEquals(new float[] {1}, v.vector("a").orElseThrow());
        assertEquals(1, v.duplicatesSkipped());
    }

    @Test
    void readsGzipCompressedVec() throws IOException {
        Path p = tmp.resolve("a.vec.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write("2 2\nx 1 2\ny 3 4\n".getBytes(StandardCharsets.UTF_8));
        }
        assertArrayEquals(new float[] {3, 4}, VectorReader.read(p).vector("y").orElseThrow());
    }

    @Test
    void readsWord2VecBinaryWithAndWithoutNewlinesAfterVectors() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("2 3\n".getBytes(StandardCharsets.US_ASCII));
        b.writeBytes("词 ".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(floats(1f, -2f, 0.25f));
        b.write('\n');
        b.writeBytes("dog ".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(floats(10f, 0.5f, 1e-7f)); // no trailing newline (some writers omit it)
        Path p = tmp.resolve("w2v.bin");
        Files.write(p, b.toByteArray());
        assertEquals(VectorFormat.WORD2VEC_BINARY, VectorReader.detect(p));
        StaticVectors v = VectorReader.read(p);
        assertEquals(List.of("词", "dog"), v.words());
        assertArrayEquals(new float[] {10f, 0.5f, 1e-7f}, v.vector("dog").orElseThrow());
    }

    @Test
    void word2VecBinaryRejectsTruncationAndNonFiniteValues() throws IOException {
        Path p = tmp.resolve("w2v.bin");
        byte[] head = "2 2\na ".getBytes(StandardCharsets.US_ASCII);
        Files.write(p, concat(head, floats(1f, 2f), "\nb ".getBytes(StandardCharsets.US_ASCII), floats(3f)));
        var e = assertThrows(VectorFormatException.class, () -> VectorReader.read(p, VectorFormat.WORD2VEC_BINARY, 9));
        assertEquals(Reason.TRUNCATED, e.reason());
        assertTrue(e.getMessage().contains("vector 2 ('b')"), e.getMessage());
        Files.write(p, concat("1 2\na ".getBytes(StandardCharsets.US_ASCII), floats(1f, Float.NaN)));
        var nan = assertThrows(VectorFormatException.class, () -> VectorReader.read(p, VectorFormat.WORD2VEC_BINARY, 9));
        assertEquals(Reason.NON_FINITE, nan.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            DIMENSION_MISMATCH | "2 3\\na 1 2 3\\nb 1 2\\n"       | line 3: expected 3 values after the word, found 2
            DIMENSION_MISMATCH | "2 2\\na 1 2\\nb 1 2 3\\n"       | line 3: expected 2 values after the word, found 3
            NOT_A_NUMBER       | "1 2\\na 1 x7\\n"                | line 2: value 2 is not a number: 'x7'
            NOT_A_NUMBER       | "1 2\\na 1 1.5f\\n"              | line 2: value 2 is not a number
            NON_FINITE         | "1 2\\na nan 1\\n"               | line 2: value 1 is nan
            NON_FINITE         | "1 2\\na 1 -Infinity\\n"         | line 2: value 2 is -Infinity
            NON_FINITE         | "1 2\\na 1 1e39\\n"              | line 2: value 2 is 1e39
            BAD_HEADER         | "2 0\\n"                         | line 1: dimension must be positive
            COUNT_MISMATCH     | "3 1\\na 1\\nb 2\\n"             | header declares 3 words, the file ends after 2 rows
            COUNT_MISMATCH     | "1 1\\na 1\\nb 2\\n"             | header declares 1 words, but more rows follow
            EMPTY              | ""                               | line 1: empty file
            """)
    void vecErrorsNameFileLineAndReason(Reason reason, String content, String message) throws IOException {
        Path p = write("bad.vec", content.replace("\\n", "\n"));
        var e = assertThrows(VectorFormatException.class, () -> VectorReader.read(p, VectorFormat.VEC_TEXT, 100));
        assertEquals(reason, e.reason());
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aHeaderCountTheFileCannotHoldIsRejectedBeforeAllocating() throws IOException {
        Path vec = write("huge.vec", "900000000000 300\na 1\n");
        var e = assertThrows(VectorFormatException.class, () -> VectorReader.read(vec));
        assertEquals(Reason.COUNT_MISMATCH, e.reason());
        assertTrue(e.getMessage().contains("declares 900000000000 words of 300 values"), e.getMessage());
        Path bin = tmp.resolve("huge.bin");
        Files.write(bin, concat("2000000000 300\na ".getBytes(StandardCharsets.US_ASCII), floats(1f)));
        var b = assertThrows(VectorFormatException.class, () -> VectorReader.read(bin, VectorFormat.WORD2VEC_BINARY, 100));
        assertEquals(Reason.COUNT_MISMATCH, b.reason());
    }

    @Test
    void word2VecBinaryRejectsABadHeader() throws IOException {
        Path bin = tmp.resolve("w.bin");
        Files.write(bin, "2 x\n".getBytes(StandardCharsets.US_ASCII));
        var e = assertThrows(VectorFormatException.class, () -> VectorReader.read(bin, VectorFormat.WORD2VEC_BINARY, 100));
        assertEquals(Reason.BAD_HEADER, e.reason());
        assertTrue(e.getMessage().startsWith(bin + ", byte 0:"), e.getMessage());
    }

    @Test
    void gloveRejectsARowThatDisagreesWithTheFirst() throws IOException {
        Path p = write("g.txt", "a 1 2\nb 1 2\nc 1\n");
        var e = assertThrows(VectorFormatException.class, () -> VectorReader.read(p));
        assertEquals(Reason.DIMENSION_MISMATCH, e.reason());
        assertTrue(e.getMessage().contains("g.txt, line 3"), e.getMessage());
    }

    @Test
    void writeVecThenReadGivesIdenticalFloats() throws IOException {
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 50;
        int dim = 7;
        float[] data = new float[n * dim];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) (rnd.nextGaussian() * Math.pow(10, rnd.nextInt(-8, 8)));
        }
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add(i % 2 == 0 ? "w" + i : "词" + i);
        }
        StaticVectors v = StaticVectors.of(words, data, dim);
        Path p = tmp.resolve("out.vec");
        v.writeVec(p);
        StaticVectors back = VectorReader.read(p);
        assertEquals(words, back.words());
        for (int i = 0; i < n; i++) {
            assertArrayEquals(v.vector(i), back.vector(i));
        }
    }

    private static byte[] floats(float... v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            b.putFloat(x);
        }
        return b.array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
