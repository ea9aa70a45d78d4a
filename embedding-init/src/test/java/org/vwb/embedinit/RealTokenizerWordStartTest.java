package org.vwb.embedinit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.embedinit.internal.subword.Decomposer;
import org.vwb.samples.Samples;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerEncoder;

/// Word-start handling on the real engines: every normal piece of a real vocabulary, taken as a "new"
/// token, must decompose into pieces whose first one starts a word exactly when the token does.
class RealTokenizerWordStartTest {

    @TempDir
    static Path dir;
    static TokenizerEncoder llama;
    static TokenizerEncoder minilm;

    /// counts: [decomposed, boundary kept, first piece of the right kind (by the stored marker), equal
    /// to itself]; wrong: "piece → first piece" where the kind differs
    record Survey(int[] counts, List<String> wrong) {
    }

    @BeforeAll
    static void writeSamples() throws Exception {
        Samples.write("tiny-llama-tied-f32", dir.resolve("llama"));
        Samples.write("minilm-l6", dir.resolve("minilm"));
        llama = TokenizerEncoder.open(dir.resolve("llama").resolve("tokenizer.model"));
        minilm = TokenizerEncoder.open(dir.resolve("minilm"));
    }

    static Survey survey(TokenizerView base, String marker, boolean markerMeansStart, int step) {
        Decomposer d = new Decomposer(base, base.kind());
        int[] counts = new int[4];
        List<String> wrong = new ArrayList<>();
        for (int id = 0; id < base.size(); id += step) {
            if (base.tokenKind(id) != TokenKind.NORMAL || base.text(id).isBlank()) {
                continue;
            }
            NewToken t = new NewToken(base.size() + id, base.piece(id), base.text(id), new int[0]);
            Decomposer.Decomposition dec = d.ofToken(t);
            int[] ids = dec.ids();
            counts[0]++;
            counts[1] += dec.boundaryKept() ? 1 : 0;
            boolean tokenStarts = base.piece(id).startsWith(marker) == markerMeansStart;
            boolean firstStarts = ids.length > 0 && base.piece(ids[0]).startsWith(marker) == markerMeansStart;
            if (tokenStarts == firstStarts) {
                counts[2]++;
            } else {
                wrong.add(base.piece(id) + " → " + base.piece(ids[0]));
            }
            counts[3] += ids.length == 1 && ids[0] == id ? 1 : 0;
        }
        assertTrue(counts[2] >= counts[1], "pieces kept their word start: " + counts[2] + " of " + counts[0]
                + " but " + counts[1] + " claimed; e.g. " + wrong);
        return new Survey(counts, wrong);
    }

    @Test
    void sentencePiecePiecesKeepTheirWordStart() {
        TokenizerView base = TokenizerView.of(llama);
        int[] c = survey(base, "▁", true, 1).counts();
        assertEquals(c[0], c[2], "every piece's first decomposition piece has its word-start status " + java.util.Arrays.toString(c));
        assertTrue(c[3] >= 0.95 * c[0], "pieces that decompose into themselves: " + java.util.Arrays.toString(c));
    }

    @Test
    void theHuggingFaceEngineOfTheSameVocabularyKeepsTheWordStartToo() throws Exception {
        try (TokenizerEncoder json = TokenizerEncoder.open(dir.resolve("llama").resolve("tokenizer.json"))) {
            TokenizerView base = TokenizerView.of(json);
            int[] c = survey(base, "▁", true, 1).counts();
            assertEquals(c[0], c[2], java.util.Arrays.toString(c));
        }
    }

    @Test
    void zipTieKeepsTheBytesOfACharacterTheVocabularyLacksAndFvtDoesNot() throws Exception {
        TokenizerView base = TokenizerView.of(llama);
        InitProblem p = StrategyFixtures.problem(base, StrategyFixtures.matrix(base.size(), 8, 3, 0), null,
                List.of(new NewToken(base.size(), "▁龘", " 龘", new int[0])), StrategyFixtures.all(base.size()));
        int[] zip = StrategyFixtures.run("ziptie", java.util.Map.of(), p).provenance().get(0).sourceIds();
        assertEquals(List.of("▁", "<0xE9>", "<0xBE>", "<0x98>"),
                java.util.Arrays.stream(zip).mapToObj(base::piece).toList());
        TokenInit fvt = StrategyFixtures.run("fvt", java.util.Map.of(), p).provenance().get(0);
        assertEquals(Origin.UNPLACED, fvt.origin(), "the lone ▁ left after skipping the bytes is no decomposition");
    }

    @Test
    void wordPiecePiecesKeepTheirWordStart() {
        TokenizerView base = TokenizerView.of(minilm);
        Survey s = survey(base, "##", false, 3);
        int[] c = s.counts();
        assertTrue(c[2] >= 0.98 * c[0], "pieces with the right first piece: " + java.util.Arrays.toString(c));
        // BERT's pre-tokenizer splits off punctuation and CJK ideographs, so "##。" can never follow
        // anything: those are the only pieces whose continuation status cannot be kept
        for (String w : s.wrong()) {
            int cp = w.substring(2).codePointAt(0);
            assertTrue(w.substring(2).startsWith(Character.toString(cp) + " → ")
                    && (!Character.isLetterOrDigit(cp) || Character.isIdeographic(cp)), w);
        }
        assertTrue(c[3] >= 0.95 * c[0], "pieces that decompose into themselves: " + java.util.Arrays.toString(c));
    }

    @Test
    void aWordPieceContinuationDecomposesIntoHashPieces() {
        TokenizerView base = TokenizerView.of(minilm);
        Decomposer d = new Decomposer(base, base.kind());
        int ing = base.encode("0ing")[1];
        assertEquals("##ing", base.piece(ing));
        assertArrayEquals(new int[] {ing}, d.ofToken(new NewToken(40000, "##ing", "ing", new int[0])).ids());
        int[] word = d.ofToken(new NewToken(40001, "ing", "ing", new int[0])).ids();
        assertEquals("ing", base.piece(word[0]), "a word-initial 'ing' is not ##ing");
    }
}
