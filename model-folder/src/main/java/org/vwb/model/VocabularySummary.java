package org.vwb.model;

import java.util.Objects;

import org.vwb.vocab.TokenizerKind;

/// The tokenizer vocabulary as a summary shows it.
///
/// @param file         the file it was read from (`tokenizer.json` or a SentencePiece model)
/// @param kind         the tokenizer's shape
/// @param size         number of ids, counting added tokens
/// @param byteFallback whether unknown characters become byte pieces
public record VocabularySummary(String file, TokenizerKind kind, int size, boolean byteFallback) {

    /// Validates the parts.
    public VocabularySummary {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, was " + size);
        }
    }
}
