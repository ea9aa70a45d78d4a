package org.vwb.vocab.mine;

/// What the mining corpus looked like to the base tokenizer.
///
/// @param lines              non-blank lines read
/// @param characters         code points in them
/// @param cjkCharacters      CJK ideographs among them
/// @param baseTokens         tokens the base tokenizer made of them
/// @param distinctSegments   distinct mergeable segments (the multiset mining works on)
/// @param segmentSymbols     symbols in all segments, counted with multiplicity
/// @param mergesLearned      merges run by continued BPE (rows before the `additions` cut)
/// @param byteFallbackCharacters distinct characters the base covers only by byte fallback
public record MiningStats(long lines, long characters, long cjkCharacters, long baseTokens, long distinctSegments,
        long segmentSymbols, int mergesLearned, int byteFallbackCharacters) {
}
