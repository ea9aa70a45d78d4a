package org.vwb.core;

import java.util.Objects;

import org.vwb.vocab.TokenKind;

/// One token of an encoded text.
///
/// @param id    the token id
/// @param piece the piece as stored (`▁中文`, `<0xE4>`, …)
/// @param text  the text the piece stands for; empty for a byte piece that is not a whole character
/// @param kind  the piece's kind (a byte-fallback token is [TokenKind#BYTE])
public record TokenSpan(int id, String piece, String text, TokenKind kind) {

    /// Validates the parts.
    public TokenSpan {
        Objects.requireNonNull(piece, "piece");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
