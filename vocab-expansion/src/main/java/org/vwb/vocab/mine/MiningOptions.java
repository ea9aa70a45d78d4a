package org.vwb.vocab.mine;

import java.util.Objects;

/// How many pieces to mine and which ones qualify.
///
/// @param additions        how many new pieces (rows) to propose, ≥ 1
/// @param minFrequency     the least number of times a new piece must occur in the mining corpus, ≥ 1
/// @param maxPieceChars    the longest piece text in characters (code points; a word-initial `▁` counts
///                         as one), ≥ 1
/// @param script           which pieces qualify by script
/// @param excludeExisting  whether to skip pieces whose text the base already encodes as one token
///                         (for SentencePiece: in word-initial position, e.g. `中文` when the base has `▁中文`)
/// @param threads          encoding threads, ≥ 1
public record MiningOptions(int additions, long minFrequency, int maxPieceChars, Script script,
        boolean excludeExisting, int threads) {

    /// Defaults for the optional parts: min frequency 2, 16 characters, CJK only, keep existing, 2 threads.
    public static MiningOptions of(int additions) {
        return new MiningOptions(additions, 2, 16, Script.CJK, false, 2);
    }

    /// Validates the ranges.
    public MiningOptions {
        Objects.requireNonNull(script, "script");
        if (additions < 1) {
            throw new IllegalArgumentException("number of pieces to add must be >= 1, was " + additions);
        }
        if (minFrequency < 1) {
            throw new IllegalArgumentException("minimum frequency must be >= 1, was " + minFrequency);
        }
        if (maxPieceChars < 1) {
            throw new IllegalArgumentException("maximum piece length must be >= 1 character, was " + maxPieceChars);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }

    /// A copy with another thread count.
    public MiningOptions withThreads(int n) {
        return new MiningOptions(additions, minFrequency, maxPieceChars, script, excludeExisting, n);
    }
}
