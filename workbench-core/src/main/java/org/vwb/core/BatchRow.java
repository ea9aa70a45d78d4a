package org.vwb.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// One row of a batch manifest: one language (or one run) to expand.
///
/// @param line      the manifest line (1 = first data row), for messages and the summary
/// @param name      a unique name of the row (defaults to the language code)
/// @param language  the language code (`zh`, `ja`, …)
/// @param base      the base model folder
/// @param corpus    the corpus files to mine from
/// @param pieces    pieces to add
/// @param script    which pieces qualify (`cjk`, `cjk-word-start`, `cjk-punctuation`, `any`)
/// @param method    the init strategy
/// @param options   the strategy's options (`k=v;k=v` in the manifest)
/// @param output    the output model folder
public record BatchRow(int line, String name, String language, Path base, List<Path> corpus, int pieces,
                       String script, String method, Map<String, String> options, Path output) {
    /// Copies the collections.
    public BatchRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(output, "output");
        corpus = List.copyOf(corpus);
        options = Map.copyOf(options);
    }
}
