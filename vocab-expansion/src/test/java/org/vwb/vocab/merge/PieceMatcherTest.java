package org.vwb.vocab.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PieceMatcherTest {

    private static List<Integer> hits(PieceMatcher m, String text, int pos) {
        List<Integer> found = new ArrayList<>();
        m.matchAt(text, pos, found::add);
        found.sort(null);
        return found;
    }

    @Test
    void findsEveryPieceStartingAtThePositionIncludingEqualTextsAndOnesOutsideTheBmp() {
        String[] texts = {"中文", "中", "中文字", "文", "", "中文", "𠀀文", "x"};
        PieceMatcher m = new PieceMatcher(texts);
        assertEquals(List.of(0, 1, 2, 5), hits(m, "中文字", 0));
        assertEquals(List.of(0, 1, 5), hits(m, "a中文b", 1));
        assertEquals(List.of(3), hits(m, "中文", 1));
        assertEquals(List.of(6), hits(m, "𠀀文", 0));
        assertEquals(List.of(), hits(m, "𠀀", 0), "a prefix of a piece is not a hit");
        assertEquals(List.of(), hits(m, "", 0));
    }

    @Test
    void agreesWithStartsWithOnRandomTextsAfterTheTableGrows() {
        Random r = new Random(7);
        String alphabet = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年";
        String[] texts = new String[3_000];
        for (int k = 0; k < texts.length; k++) {
            texts[k] = randomText(r, alphabet, 1 + r.nextInt(4));
        }
        PieceMatcher m = new PieceMatcher(texts);
        for (int t = 0; t < 200; t++) {
            String line = randomText(r, alphabet, 30);
            for (int pos = 0; pos < line.length(); pos++) {
                List<Integer> expected = new ArrayList<>();
                for (int k = 0; k < texts.length; k++) {
                    if (line.startsWith(texts[k], pos)) {
                        expected.add(k);
                    }
                }
                assertEquals(expected, hits(m, line, pos), line + " at " + pos);
            }
        }
    }

    private static String randomText(Random r, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
