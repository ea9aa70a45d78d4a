package org.vwb.vocab.mine;

import java.util.Objects;

/// One mined piece: a row of the candidates CSV.
///
/// A merge row has `left + right == piece`, both parts being base pieces or earlier rows. A row with
/// empty `left` and `right` is a single character the base covers only by byte fallback: adding it as
/// a piece is what lets later rows use it (its byte pieces keep it reachable).
///
/// @param piece        spelled as the base tokenizer spells pieces (`▁` word start; GPT-2 byte alphabet
///                     for byte-level BPE)
/// @param text         the text the piece stands for (`▁` → space; bytes decoded; an incomplete UTF-8
///                     sequence in a byte-level piece contributes nothing)
/// @param frequency    how often the piece occurs in the mining corpus right after it is added
/// @param tokensSaved  by how many tokens the mining corpus got shorter when it was added
/// @param left         the first part, or "" for a byte-fallback character
/// @param right        the second part, or "" for a byte-fallback character
public record Candidate(String piece, String text, long frequency, long tokensSaved, String left, String right) {

    /// Validates the parts.
    public Candidate {
        Objects.requireNonNull(piece, "piece");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (!(left.isEmpty() && right.isEmpty()) && !(left + right).equals(piece)) {
            throw new IllegalArgumentException("left + right must spell the piece: '" + left + "' + '" + right
                    + "' != '" + piece + "'");
        }
    }

    /// Whether this row is a single byte-fallback character rather than a merge.
    public boolean isCharacter() {
        return left.isEmpty();
    }
}
