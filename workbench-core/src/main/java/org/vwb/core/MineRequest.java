package org.vwb.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.vwb.vocab.mine.MiningCorpus;
import org.vwb.vocab.mine.MiningOptions;

/// Asks for new pieces to be mined on top of a base tokenizer.
///
/// @param base    the base tokenizer: a model folder, `tokenizer.model` or `tokenizer.json`
/// @param corpus  weighted UTF-8 text files and word-frequency lists
/// @param options how many pieces and which ones
/// @param out     where the candidates CSV goes
public record MineRequest(Path base, MiningCorpus corpus, MiningOptions options, Path out) {

    /// Validates the parts.
    public MineRequest {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
    }

    /// A request on plain text files, each line counted once.
    ///
    /// @throws IllegalArgumentException when `corpus` is empty
    public MineRequest(Path base, List<Path> corpus, MiningOptions options, Path out) {
        this(base, textCorpus(corpus), options, out);
    }

    private static MiningCorpus textCorpus(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("at least one corpus file is needed");
        }
        return MiningCorpus.text(files);
    }
}
