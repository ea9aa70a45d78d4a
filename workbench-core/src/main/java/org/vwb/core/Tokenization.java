package org.vwb.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/// A text as one tokenizer encodes it.
///
/// @param tokenizer the tokenizer file the engine loaded
/// @param text      the text
/// @param tokens    its tokens, in order, without special tokens
public record Tokenization(Path tokenizer, String text, List<TokenSpan> tokens) {

    /// Validates the parts and copies the list.
    public Tokenization {
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
    }

    /// Code points in the text.
    public int characters() {
        return text.codePointCount(0, text.length());
    }
}
