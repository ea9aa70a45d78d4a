package org.vwb.core;

import java.util.Objects;

import org.vwb.vocab.fertility.FertilityStats;
import org.vwb.vocab.merge.MergeReport;

/// What a selection of candidates does to a corpus: the merge that was really built for it and the
/// fertility of the base and of the merged tokenizer on the corpus (the "before → after" figures).
///
/// @param merge  the merge report of the tokenizer written for the selection
/// @param before the base tokenizer on the corpus
/// @param after  the merged tokenizer on the corpus
public record SelectionFertility(MergeReport merge, FertilityStats before, FertilityStats after) {

    /// Validates the parts.
    public SelectionFertility {
        Objects.requireNonNull(merge, "merge");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
