package org.vwb.vocab.fertility;

import java.util.Objects;

/// A vocabulary entry and how often the corpus used it.
///
/// @param id    token id
/// @param piece the piece as stored
/// @param text  the text it stands for
/// @param count tokens with this id in the encoded corpus
public record PieceCount(int id, String piece, String text, long count) {

    /// Validates the parts.
    public PieceCount {
        Objects.requireNonNull(piece, "piece");
        Objects.requireNonNull(text, "text");
    }
}
