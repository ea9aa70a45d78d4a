package org.vwb.vocab.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/// What `vwb tokenizer merge` is asked to do.
///
/// @param base        the base folder (`tokenizer.model` and/or `tokenizer.json`); never modified
/// @param add         a candidate table (`.csv`) or another tokenizer (file or folder) to import pieces from
/// @param top         only the first `top` candidates are considered (the characters and intermediate pieces
///                    they need come in addition)
/// @param out         the tokenizer folder to write; must not exist
/// @param checkCorpus text files whose lines are checked for losslessness and non-regression (may be empty)
public record MergeRequest(Path base, Path add, int top, Path out, List<Path> checkCorpus) {

    /// Validates the request.
    public MergeRequest {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(add, "add");
        Objects.requireNonNull(out, "out");
        checkCorpus = List.copyOf(checkCorpus);
        if (top < 0) {
            throw new IllegalArgumentException("top must be >= 0, was " + top);
        }
        if (out.toAbsolutePath().normalize().equals(base.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the output folder must not be the base folder " + base);
        }
    }

    /// Whether `add` is read as a candidate table rather than a tokenizer.
    public boolean addIsTable() {
        String name = add.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
    }
}
