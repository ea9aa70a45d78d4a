package org.vwb.vocab.mine;

/// Token counts of a corpus under the base tokenizer and, projected, with the first rows of a candidate
/// list added as continued merges (applied in rank order inside each segment, after all base merges).
///
/// @param lines            non-blank lines
/// @param characters       code points
/// @param cjkCharacters    CJK ideographs
/// @param baseTokens       tokens the base tokenizer makes
/// @param projectedTokens  tokens once the candidates are merged
/// @param changedLines     lines whose token sequence the candidates change
public record Projection(long lines, long characters, long cjkCharacters, long baseTokens, long projectedTokens,
        long changedLines) {

    /// Base tokens per CJK ideograph; NaN without any.
    public double baseTokensPerCjkCharacter() {
        return cjkCharacters == 0 ? Double.NaN : (double) baseTokens / cjkCharacters;
    }

    /// Projected tokens per CJK ideograph; NaN without any.
    public double projectedTokensPerCjkCharacter() {
        return cjkCharacters == 0 ? Double.NaN : (double) projectedTokens / cjkCharacters;
    }
}
