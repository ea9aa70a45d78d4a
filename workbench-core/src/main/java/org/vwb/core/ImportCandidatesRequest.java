package org.vwb.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.vwb.vocab.mine.Script;

/// Asks for the pieces of another tokenizer that the base lacks, as a [CandidateTable].
///
/// @param base      the base model folder (`tokenizer.model` and/or `tokenizer.json`)
/// @param tokenizer the tokenizer to import from: `tokenizer.json`, `tokenizer.model` or a folder holding
///                  one (a folder prefers `tokenizer.json`, as `vwb tokenizer merge` does)
/// @param corpus    UTF-8 text files on which each piece's frequency and tokens saved are counted; may be
///                  empty (the rows then keep the other tokenizer's id order, with zero counts)
/// @param script    which pieces qualify by the script of their text ([Script#ANY]: every piece)
public record ImportCandidatesRequest(Path base, Path tokenizer, List<Path> corpus, Script script) {

    /// Validates the parts and copies the list.
    public ImportCandidatesRequest {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(script, "script");
        corpus = List.copyOf(corpus);
    }
}
