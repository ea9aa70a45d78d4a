package org.vwb.core;

import java.nio.file.Path;
import java.util.Objects;

/// Asks for one text to be encoded by a tokenizer, token by token.
///
/// @param tokenizer a model or tokenizer folder, `tokenizer.model` or `tokenizer.json`
/// @param text      the text (no special tokens are added)
public record TokenizeRequest(Path tokenizer, String text) {

    /// Validates the parts.
    public TokenizeRequest {
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(text, "text");
    }
}
