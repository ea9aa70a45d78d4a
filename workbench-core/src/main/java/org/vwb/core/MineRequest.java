package org.vwb.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.vwb.vocab.mine.MiningOptions;

/// Asks for new pieces to be mined on top of a base tokenizer.
///
/// @param base    the base tokenizer: a model folder, `tokenizer.model` or `tokenizer.json`
/// @param corpus  UTF-8 text files, at least one
/// @param options how many pieces and which ones
/// @param out     where the candidates CSV goes
public record MineRequest(Path base, List<Path> corpus, MiningOptions options, Path out) {

    /// Validates the parts.
    public MineRequest {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        corpus = List.copyOf(corpus);
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("at least one corpus file is needed");
        }
    }
}
