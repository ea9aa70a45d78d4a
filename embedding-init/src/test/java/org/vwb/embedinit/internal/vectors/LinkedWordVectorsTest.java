package org.vwb.embedinit.internal.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vwb.align.StaticVectors;
import org.vwb.common.JobContext;
import org.vwb.embedinit.FakeTokenizer;

class LinkedWordVectorsTest {

    // words: cat (rank 0), cats (rank 1), dog (rank 2); ' cats' tokenizes to ▁cat + s
    static final StaticVectors WORDS = StaticVectors.of(List.of("cat", "cats", "eng:hot$dog"),
            new float[] {1, 0, 0, 1, 4, 4}, 2);
    static final FakeTokenizer TOK = FakeTokenizer.of("▁cat", "s", "▁hot", "▁dog", "▁zebra");

    @Test
    void ofaTakesTheUniformMeanOfTheWordsWhoseTokenizationProducesTheToken() {
        TokenSpace s = StaticTokenVectors.fromWords(WORDS, TOK, new int[] {0, 1, 3, 4},
                StaticTokenVectors.Linking.OFA, 100, JobContext.silent());
        assertArrayEquals(new float[] {0.5f, 0.5f, 0, 1, 4, 4, 0, 0}, s.rows(), 1e-6f);
        assertEquals(3, s.coveredCount(), "▁zebra occurs in no word");
    }

    @Test
    void wechselWeightsTheWordsByZipfFrequencyAndHonoursMaxWords() {
        TokenSpace s = StaticTokenVectors.fromWords(WORDS, TOK, new int[] {0, 1}, StaticTokenVectors.Linking.WECHSEL,
                100, JobContext.silent());
        // ▁cat: (1·(1,0) + ½·(0,1)) / 1.5
        assertArrayEquals(new float[] {2 / 3f, 1 / 3f, 0, 1}, s.rows(), 1e-6f);
        TokenSpace first = StaticTokenVectors.fromWords(WORDS, TOK, new int[] {0, 1}, StaticTokenVectors.Linking.WECHSEL,
                1, JobContext.silent());
        assertArrayEquals(new float[] {1, 0, 0, 0}, first.rows(), 1e-6f);
    }

    @Test
    void colexNetKeysLoseTheirLanguagePrefixAndDollarsBecomeSpaces() {
        assertEquals("hot dog", StaticTokenVectors.ofaKey("eng:hot$dog"));
        assertEquals("plain", StaticTokenVectors.ofaKey("plain"));
        assertEquals(" Hot dog", " " + StaticTokenVectors.capitalised("hot dog"));
    }
}
