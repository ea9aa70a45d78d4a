package org.vwb.core;

import java.util.Objects;

import org.vwb.vocab.TokenKind;

/// One entry of a model's base vocabulary, as the GUI's Vocabulary table shows it.
///
/// @param id    the token id
/// @param piece the piece as stored (with `▁`, `Ġ` or `##` markers)
/// @param text  the decoded text the piece stands for
/// @param kind  what the entry is (normal, byte, control, added, …)
/// @param cjk   whether the decoded text contains a Han ideograph (as counted by `inspect`'s CJK line)
public record VocabEntry(int id, String piece, String text, TokenKind kind, boolean cjk) {

    /// Validates the parts.
    public VocabEntry {
        Objects.requireNonNull(piece, "piece");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
