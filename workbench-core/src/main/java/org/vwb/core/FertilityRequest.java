package org.vwb.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Asks for the fertility of a tokenizer (and optionally a second one, side by side) on a corpus.
///
/// @param tokenizer a model folder, `tokenizer.model` or `tokenizer.json`
/// @param compare   a second tokenizer to put next to it ("after"), if any
/// @param corpus    UTF-8 text files, at least one
/// @param threads   encoding threads, ≥ 1
/// @param top       how many most-used and unused pieces to list, ≥ 0
public record FertilityRequest(Path tokenizer, Optional<Path> compare, List<Path> corpus, int threads, int top) {

    /// Validates the parts.
    public FertilityRequest {
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(compare, "compare");
        corpus = List.copyOf(corpus);
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("at least one corpus file is needed");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (top < 0) {
            throw new IllegalArgumentException("top must be >= 0, was " + top);
        }
    }
}
