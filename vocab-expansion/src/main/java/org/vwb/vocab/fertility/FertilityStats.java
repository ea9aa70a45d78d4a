package org.vwb.vocab.fertility;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.vwb.vocab.TokenizerKind;

/// How one tokenizer encodes a corpus.
///
/// @param tokenizer        the tokenizer file
/// @param kind             its shape
/// @param vocabularySize   ids in the vocabulary (added tokens included)
/// @param lines            non-blank corpus lines (each encoded on its own, without special tokens)
/// @param characters       code points in those lines
/// @param cjkCharacters    CJK ideographs among them
/// @param tokens           tokens of all lines
/// @param words            whitespace-separated words in lines without any CJK ideograph
/// @param wordTokens       tokens of those lines
/// @param byteFallbackTokens tokens that are byte-fallback pieces `<0xNN>` (always 0 for byte-level BPE,
///                         whose pieces are all made of bytes)
/// @param usedIds          distinct ids the corpus used
/// @param topUsed          the most used pieces, most used first (ties by id)
/// @param topUnused        ordinary pieces the corpus never used, lowest id (highest merge priority) first
public record FertilityStats(Path tokenizer, TokenizerKind kind, int vocabularySize, long lines, long characters,
        long cjkCharacters, long tokens, long words, long wordTokens, long byteFallbackTokens, int usedIds,
        List<PieceCount> topUsed, List<PieceCount> topUnused) {

    /// Copies the lists.
    public FertilityStats {
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(kind, "kind");
        topUsed = List.copyOf(topUsed);
        topUnused = List.copyOf(topUnused);
    }

    /// Tokens per character; NaN without characters.
    public double tokensPerCharacter() {
        return ratio(tokens, characters);
    }

    /// All tokens divided by the CJK ideographs (the usual "tokens per Chinese character" on Chinese
    /// text); NaN without CJK ideographs.
    public double tokensPerCjkCharacter() {
        return ratio(tokens, cjkCharacters);
    }

    /// Tokens per whitespace word, over lines without CJK ideographs; NaN without such words.
    public double tokensPerWord() {
        return ratio(wordTokens, words);
    }

    /// Share of tokens that are byte-fallback pieces; NaN without tokens.
    public double byteFallbackShare() {
        return ratio(byteFallbackTokens, tokens);
    }

    /// Share of the vocabulary's ids that the corpus used.
    public double vocabularyUsedShare() {
        return ratio(usedIds, vocabularySize);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
