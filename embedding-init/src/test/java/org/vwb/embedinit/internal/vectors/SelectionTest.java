package org.vwb.embedinit.internal.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerKind;

class SelectionTest {

    @Test
    void topKKeepsTheLargestAndBreaksTiesTowardsTheLowerIndex() {
        float[] row = {9, 0.5f, 0.7f, 0.5f, 0.9f, 0.7f, 0.1f};
        int[] idx = new int[3];
        float[] val = new float[3];
        assertEquals(3, TopK.select(row, 1, 6, 3, idx, val)); // offset 1: the 9 is not part of the row
        assertArrayEquals(new int[] {3, 1, 4}, idx);
        assertArrayEquals(new float[] {0.9f, 0.7f, 0.7f}, val);
        assertEquals(2, TopK.select(new float[] {0.2f, 0.2f}, 0, 2, 3, idx, val));
        assertArrayEquals(new int[] {0, 1}, Arrays.copyOf(idx, 2));
    }

    @Test
    void sparsemaxGrowsItsSelectionWhenTheSupportIsWiderThanTheFirstGuess() {
        float[] row = new float[200];
        Arrays.fill(row, 0, 100, 0.5f); // 100 equal top scores: support 100, weight 0.01 each
        Arrays.fill(row, 100, 200, 0.2f);
        Sparsemax.Result r = Sparsemax.of(row, 0, 200);
        assertEquals(100, r.index().length);
        assertEquals(0, r.index()[0]);
        for (double w : r.weight()) {
            assertEquals(0.01, w, 1e-12);
        }
        Sparsemax.Result one = Sparsemax.of(new float[] {0.1f, 2.0f, -0.3f}, 0, 3); // 1 + 2·0.1 ≤ 2.1: one winner
        assertArrayEquals(new int[] {1}, one.index());
        assertArrayEquals(new double[] {1.0}, one.weight(), 0);
        Sparsemax.Result two = Sparsemax.of(new float[] {0.1f, 0.9f, -0.3f}, 0, 3); // τ = 0: (0.9, 0.1)
        assertArrayEquals(new int[] {1, 0}, two.index());
        assertArrayEquals(new double[] {0.9, 0.1}, two.weight(), 1e-7);
    }

    @Test
    void canonicalFormsKeepWordStartsAndRawBytePiecesAcrossFamilies() {
        assertEquals("▁the", TokenForm.of(TokenizerKind.SENTENCEPIECE_BPE, "▁the", " the", TokenKind.NORMAL).canonical());
        assertEquals("the", TokenForm.of(TokenizerKind.SENTENCEPIECE_BPE, "the", "the", TokenKind.NORMAL).canonical());
        assertEquals("▁the", TokenForm.of(TokenizerKind.HF_WORDPIECE, "the", "the", TokenKind.NORMAL).canonical());
        assertEquals("ing", TokenForm.of(TokenizerKind.HF_WORDPIECE, "##ing", "ing", TokenKind.NORMAL).canonical());
        assertEquals("▁the", TokenForm.of(TokenizerKind.HF_BYTE_LEVEL_BPE, "Ġthe", " the", TokenKind.NORMAL).canonical());
        assertEquals("中", TokenForm.of(TokenizerKind.HF_BYTE_LEVEL_BPE, "ä¸Ń", "中", TokenKind.NORMAL).canonical());
        TokenForm b = TokenForm.of(TokenizerKind.SENTENCEPIECE_BPE, "<0xE4>", "", TokenKind.BYTE);
        assertEquals("<0xE4>", b.canonical());
        assertEquals(false, b.hasText());
        assertNull(TokenForm.of(TokenizerKind.SENTENCEPIECE_BPE, "</s>", "</s>", TokenKind.CONTROL).canonical());
        assertEquals("▁New York", TokenForm.of(TokenizerKind.HF_BPE, "▁New▁York", " New York", TokenKind.NORMAL).marked());
    }
}
