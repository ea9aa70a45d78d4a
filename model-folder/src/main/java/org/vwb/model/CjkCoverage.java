package org.vwb.model;

import java.util.BitSet;

import org.vwb.vocab.Token;
import org.vwb.vocab.TokenizerKind;
import org.vwb.vocab.Vocabulary;

/// How well a vocabulary covers Chinese characters, counted on each piece's decoded text.
///
/// @param piecesWithCjk          pieces whose decoded text contains at least one Han ideograph
/// @param singleCharacterPieces  pieces whose decoded text, without surrounding spaces, is exactly one
///                               Han ideograph (`中` and `▁中` are two pieces)
/// @param coveredUnifiedIdeographs how many of the [#UNIFIED_IDEOGRAPHS] code points U+4E00–U+9FFF are
///                               one token by themselves
/// @param fallback               what happens to the other characters
public record CjkCoverage(int piecesWithCjk, int singleCharacterPieces, int coveredUnifiedIdeographs,
                          Fallback fallback) {

    /// Size of the CJK Unified Ideographs block U+4E00–U+9FFF.
    public static final int UNIFIED_IDEOGRAPHS = 0x9FFF - 0x4E00 + 1;

    /// How a character that is not in the vocabulary is encoded.
    public enum Fallback {
        /// As its UTF-8 bytes (byte-level BPE, or SentencePiece byte fallback): lossless, ~3 tokens each.
        BYTES,
        /// As the unknown token: the text is lost.
        UNK
    }

    /// Checks the counts.
    public CjkCoverage {
        if (piecesWithCjk < singleCharacterPieces || singleCharacterPieces < 0
                || coveredUnifiedIdeographs < 0 || coveredUnifiedIdeographs > UNIFIED_IDEOGRAPHS) {
            throw new IllegalArgumentException("inconsistent counts: " + piecesWithCjk + ", "
                    + singleCharacterPieces + ", " + coveredUnifiedIdeographs);
        }
        java.util.Objects.requireNonNull(fallback, "fallback");
    }

    /// Counts the coverage of `vocabulary`.
    public static CjkCoverage of(Vocabulary vocabulary) {
        int withCjk = 0;
        int single = 0;
        BitSet covered = new BitSet(UNIFIED_IDEOGRAPHS);
        for (Token t : vocabulary.tokens()) {
            String text = vocabulary.decodedText(t);
            if (text.codePoints().noneMatch(CjkCoverage::isHan)) {
                continue;
            }
            withCjk++;
            String core = text.strip();
            if (core.codePointCount(0, core.length()) == 1 && isHan(core.codePointAt(0))) {
                single++;
                int cp = core.codePointAt(0);
                if (cp >= 0x4E00 && cp <= 0x9FFF) {
                    covered.set(cp - 0x4E00);
                }
            }
        }
        return new CjkCoverage(withCjk, single, covered.cardinality(), fallbackOf(vocabulary));
    }

    /// Share of U+4E00–U+9FFF that is a single token, in [0, 1].
    public double coveredShare() {
        return coveredUnifiedIdeographs / (double) UNIFIED_IDEOGRAPHS;
    }

    /// Whether `codePoint` is a Han ideograph (any CJK block, including extensions and compatibility).
    public static boolean isHan(int codePoint) {
        return Character.isIdeographic(codePoint)
                && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static Fallback fallbackOf(Vocabulary vocabulary) {
        // Byte-level BPE encodes every string through its 256-byte alphabet, so nothing is ever unknown.
        return vocabulary.byteFallback() || vocabulary.kind() == TokenizerKind.HF_BYTE_LEVEL_BPE
                ? Fallback.BYTES : Fallback.UNK;
    }
}
