package org.vwb.vocab;

import java.util.Objects;

/// One vocabulary entry.
///
/// @param id    the token id
/// @param piece the piece as stored in the file (with `▁`, `Ġ` or `##` markers as the format has them)
/// @param kind  what the entry is
/// @param score the SentencePiece/unigram score; 0 where the format has none
public record Token(int id, String piece, TokenKind kind, float score) {

    /// Validates the id and the piece.
    public Token {
        if (id < 0) {
            throw new IllegalArgumentException("token id must be >= 0, was " + id);
        }
        Objects.requireNonNull(piece, "piece");
        Objects.requireNonNull(kind, "kind");
    }
}
