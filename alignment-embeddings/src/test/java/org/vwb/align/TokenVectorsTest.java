package org.vwb.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenVectorsTest {

    @TempDir
    Path tmp;

    private static StaticVectors tiny() throws Exception {
        return VectorReader.read(Path.of(TokenVectorsTest.class.getResource("/fasttext/tiny.bin").toURI()));
    }

    @Test
    void wordStartPiecesUseTheStartMarkerAndWordInternalPiecesNone() throws Exception {
        StaticVectors ft = tiny(); // minn 2, maxn 4
        assertEquals(List.of("cat", "<c", "<ca", "<cat", "ca", "cat", "at"), TokenVectors.pieceSubwords(ft, "cat", true));
        assertEquals(List.of("ca", "cat", "at"), TokenVectors.pieceSubwords(ft, "cat", false));
        TokenVectors tv = TokenVectors.fromFastText(ft, List.of("▁cat", "cat", "Ġcat", "x", "▁"), true);
        assertFalse(Arrays.equals(tv.vector(0), tv.vector(1)), "▁cat and cat differ");
        assertArrayEquals(tv.vector(0), tv.vector(2), "Ġ is a word-start marker too");
        assertEquals(2, tv.missing(), "'x' has no n-gram of length ≥ 2, '▁' is empty");
        assertTrue(allZero(tv.vector(3)) && allZero(tv.vector(4)));
    }

    @Test
    void unmarkedTokensGetFastTextsWordVectorOfTheStrippedString() throws Exception {
        StaticVectors ft = tiny();
        TokenVectors tv = TokenVectors.fromFastText(ft, List.of(" cat", "北京", "zebra"), false);
        assertArrayEquals(ft.vectorFor("cat"), tv.vector(0));
        assertArrayEquals(ft.vectorFor("北京"), tv.vector(1));
        assertArrayEquals(ft.vectorFor("zebra"), tv.vector(2));
        assertEquals(0, tv.missing());
    }

    @Test
    void fromFastTextNeedsSubwordInformation() {
        StaticVectors plain = StaticVectors.of(List.of("a"), new float[] {1, 2}, 2);
        assertThrows(IllegalArgumentException.class, () -> TokenVectors.fromFastText(plain, List.of("a"), true));
    }

    @Test
    void weightedMeanAveragesTheWordsContainingEachTokenByFrequency() throws IOException {
        StaticVectors words = StaticVectors.of(List.of("cat", "catalog", "bobcat", "dog"),
                new float[] {1, 0, 0, 0, 1, 0, 0, 0, 1, 5, 5, 5}, 3);
        WordFrequencies f = WordFrequencies.of(Map.of("cat", 3L, "catalog", 1L, "bobcat", 2L));
        TokenVectors tv = TokenVectors.weightedMean(words, f, List.of("▁cat", "cat", "log", "▁dog", "zz"), true, 100);
        assertArrayEquals(new float[] {0.75f, 0.25f, 0}, tv.vector(0), 1e-6f);
        assertArrayEquals(new float[] {0.5f, 1 / 6f, 2 / 6f}, tv.vector(1), 1e-6f);
        assertArrayEquals(new float[] {0, 1, 0}, tv.vector(2), 1e-6f);
        assertEquals(2, tv.missing(), "dog has no frequency, zz is in no word");
        TokenVectors unmarked = TokenVectors.weightedMean(words, f, List.of("▁cat"), false, 100);
        assertEquals(1, unmarked.missing(), "unmarked, '▁cat' is the literal string");
        TokenVectors firstWordOnly = TokenVectors.weightedMean(words, f, List.of("cat"), false, 1);
        assertArrayEquals(new float[] {1, 0, 0}, firstWordOnly.vector(0), 1e-6f);
        Path out = tmp.resolve("t.vec");
        tv.writeVec(out);
        assertEquals("5 3", Files.readAllLines(out).getFirst());
    }

    @Test
    void frequencyListsAreReadAndBadLinesNamed() throws IOException {
        Path ok = tmp.resolve("dict.txt");
        Files.writeString(ok, "# jieba style\n的 100 uj\n中国 20 ns\n的 5\n\n");
        WordFrequencies f = WordFrequencies.read(ok);
        assertEquals(105, f.count("的"));
        assertEquals(0, f.count("x"));
        Path bad = tmp.resolve("bad.txt");
        Files.writeString(bad, "a 1\nb many\n");
        var e = assertThrows(VectorFormatException.class, () -> WordFrequencies.read(bad));
        assertEquals(VectorFormatException.Reason.NOT_A_NUMBER, e.reason());
        assertTrue(e.getMessage().startsWith(bad + ", line 2:"), e.getMessage());
    }

    @Test
    void corpusCountsBecomeFrequencies() throws IOException {
        Path c = tmp.resolve("c.txt");
        Files.writeString(c, "a b a\nb a\n");
        WordFrequencies f = WordFrequencies.count(CorpusFiles.whitespace(List.of(c)));
        assertEquals(3, f.count("a"));
        assertEquals(2, f.count("b"));
    }

    private static boolean allZero(float[] v) {
        for (float x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
