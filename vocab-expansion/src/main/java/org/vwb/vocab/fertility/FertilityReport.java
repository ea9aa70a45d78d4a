package org.vwb.vocab.fertility;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// The fertility of a tokenizer on a corpus, optionally next to another tokenizer's (before/after).
///
/// @param corpus   the corpus files, in the order read
/// @param base     the tokenizer given first
/// @param compare  the tokenizer to compare with, if any
public record FertilityReport(List<Path> corpus, FertilityStats base, Optional<FertilityStats> compare) {

    /// Copies the list.
    public FertilityReport {
        corpus = List.copyOf(corpus);
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(compare, "compare");
    }
}
