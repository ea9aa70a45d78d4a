package org.vwb.embedinit.internal.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vwb.align.StaticVectors;
import org.vwb.common.JobContext;
import org.vwb.embedinit.FakeTokenizer;
import org.vwb.embedinit.TokenizerView;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerKind;

class WholeWordLookupTest {

    // rank: cat 0, cats 1, ing 2, sing 3 — ▁cat links to cat and cats, so its linked mean is not cat's vector
    static final StaticVectors WORDS = StaticVectors.of(List.of("cat", "cats", "ing", "sing"),
            new float[] {1, 0, 0, 1, 5, 5, 2, 3}, 2);

    @Test
    void aWordInitialSentencePieceTokenGetsExactlyItsWordsVector() {
        FakeTokenizer tok = FakeTokenizer.of("▁cat", "s", "ing", "▁s");
        TokenSpace linked = StaticTokenVectors.fromWords(WORDS, tok, new int[] {0, 2}, StaticTokenVectors.Linking.WECHSEL,
                100, false, JobContext.silent());
        // ▁cat: cat (1) and cats (½); ing: the words ing (⅓, unspaced variant) and sing (¼)
        assertArrayEquals(new float[] {2 / 3f, 1 / 3f, 26 / 7f, 29 / 7f}, linked.rows(), 1e-6f);
        TokenSpace looked = StaticTokenVectors.fromWords(WORDS, tok, new int[] {0, 2}, StaticTokenVectors.Linking.WECHSEL,
                100, true, JobContext.silent());
        assertArrayEquals(new float[] {1, 0}, row(looked, 0), "▁cat is the word cat");
        assertArrayEquals(row(linked, 1), row(looked, 1), "the continuation ing keeps its linked mean, not the word ing");
    }

    @Test
    void wordPieceContinuationsKeepTheirLinkedMeanAndLookupIgnoresMaxWords() {
        TokenizerView wp = new WordPiece(List.of("cat", "##s", "##ing", "s", "ing"));
        TokenSpace looked = StaticTokenVectors.fromWords(WORDS, wp, new int[] {0, 2, 4},
                StaticTokenVectors.Linking.WECHSEL, 2, true, JobContext.silent());
        assertArrayEquals(new float[] {1, 0}, row(looked, 0), "cat (no ##) is a word start");
        assertArrayEquals(new float[] {0, 0}, row(looked, 1), "##ing: only in sing, beyond max-words; no lookup");
        assertArrayEquals(new float[] {5, 5}, row(looked, 2), "word-initial ing is looked up at rank 2 ≥ max-words");
    }

    @Test
    void byteLevelWordStartsAreThoseWithALeadingSpace() {
        TokenizerView bl = new Fixed(TokenizerKind.HF_BYTE_LEVEL_BPE, List.of("Ġcat", "cat"), List.of(" cat", "cat"));
        TokenSpace s = new TokenSpace(new int[] {0, 1}, 2, new float[4]);
        assertEquals(1, StaticTokenVectors.lookupWholeWords(WORDS, bl, s));
        assertArrayEquals(new float[] {1, 0, 0, 0}, s.rows());
    }

    static float[] row(TokenSpace s, int i) {
        return java.util.Arrays.copyOfRange(s.rows(), i * s.dim(), (i + 1) * s.dim());
    }

    /// Pieces with given texts and no encoder (lookup only).
    record Fixed(TokenizerKind kind, List<String> pieces, List<String> texts) implements TokenizerView {
        @Override public int size() { return pieces.size(); }
        @Override public String piece(int id) { return pieces.get(id); }
        @Override public String text(int id) { return texts.get(id); }
        @Override public TokenKind tokenKind(int id) { return TokenKind.NORMAL; }
        @Override public int[] encode(String text) { return new int[0]; }
    }

    /// A WordPiece view with greedy longest-match per word (`##` after the first piece).
    record WordPiece(List<String> pieces) implements TokenizerView {
        @Override public TokenizerKind kind() { return TokenizerKind.HF_WORDPIECE; }
        @Override public int size() { return pieces.size(); }
        @Override public String piece(int id) { return pieces.get(id); }
        @Override public String text(int id) { return pieces.get(id).replace("##", ""); }
        @Override public TokenKind tokenKind(int id) { return TokenKind.NORMAL; }

        @Override
        public int[] encode(String text) {
            List<Integer> out = new ArrayList<>();
            for (String word : text.strip().split(" +")) {
                int i = 0;
                while (i < word.length()) {
                    int best = -1;
                    int len = 0;
                    for (int id = 0; id < pieces.size(); id++) {
                        String p = pieces.get(id);
                        boolean cont = p.startsWith("##");
                        String core = cont ? p.substring(2) : p;
                        if (cont == (i > 0) && core.length() > len && word.startsWith(core, i)) {
                            best = id;
                            len = core.length();
                        }
                    }
                    if (best < 0) {
                        break;
                    }
                    out.add(best);
                    i += len;
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
