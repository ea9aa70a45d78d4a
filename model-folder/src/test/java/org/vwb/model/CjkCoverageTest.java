package org.vwb.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.vwb.vocab.TokenizerKind;

class CjkCoverageTest {

    @Test
    void unifiedBlockHas20992Ideographs() {
        assertEquals(20_992, CjkCoverage.UNIFIED_IDEOGRAPHS);
    }

    @Test
    void countsPiecesSingleCharactersAndCoveredIdeographs() {
        FakeVocabulary v = FakeVocabulary.of(TokenizerKind.SENTENCEPIECE_BPE, true,
                "<unk>", "<0xE4>", "▁the", "中", "▁中", "国", "中国", "▁中国人", "㐀", "あ", "a中b");
        CjkCoverage c = CjkCoverage.of(v);
        assertEquals(7, c.piecesWithCjk(), "中, ▁中, 国, 中国, ▁中国人, 㐀, a中b");
        assertEquals(4, c.singleCharacterPieces(), "中, ▁中, 国 and the extension-A 㐀");
        assertEquals(2, c.coveredUnifiedIdeographs(), "中 and 国; 㐀 lies outside U+4E00–U+9FFF");
        assertEquals(CjkCoverage.Fallback.BYTES, c.fallback());
        assertEquals(2 / 20_992.0, c.coveredShare(), 1e-12);
    }

    @Test
    void fallbackIsUnkWithoutByteFallbackAndBytesForByteLevelBpe() {
        assertEquals(CjkCoverage.Fallback.UNK,
                CjkCoverage.of(FakeVocabulary.of(TokenizerKind.HF_WORDPIECE, false, "[UNK]", "中")).fallback());
        assertEquals(CjkCoverage.Fallback.BYTES,
                CjkCoverage.of(FakeVocabulary.of(TokenizerKind.HF_BYTE_LEVEL_BPE, false, "a")).fallback());
    }

    @Test
    void hanExcludesKanaHangulAndPunctuation() {
        assertTrue(CjkCoverage.isHan('中'));
        assertTrue(CjkCoverage.isHan(0x20000));
        assertFalse(CjkCoverage.isHan('あ'));
        assertFalse(CjkCoverage.isHan('한'));
        assertFalse(CjkCoverage.isHan('。'));
    }
}
