package org.vwb.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/// Asks for a selection of candidate rows to be merged into the base tokenizer: for real
/// ([Workbench#mergeSelection]) or into a scratch folder to measure it ([Workbench#measureSelection]).
///
/// @param base     the base model folder (`tokenizer.model` and/or `tokenizer.json`); never modified
/// @param selected the rows to add, in table order (the parts they need come in addition)
/// @param out      the tokenizer folder to write; must not exist
/// @param corpus   UTF-8 text files: the merge's check corpus, and what the measurement encodes
public record SelectionRequest(Path base, List<CandidateEntry> selected, Path out, List<Path> corpus) {

    /// Validates the parts and copies the lists.
    public SelectionRequest {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(out, "out");
        selected = List.copyOf(selected);
        corpus = List.copyOf(corpus);
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no candidate selected: nothing to add");
        }
    }
}
