package org.vwb.core;

import java.nio.file.Path;
import java.util.Objects;

/// Asks for a candidates CSV (the file `vwb tokenizer mine` writes) to be read as a [CandidateTable].
///
/// @param base the base tokenizer the rows are spelled for: a model folder, `tokenizer.model` or
///             `tokenizer.json`
/// @param csv  the candidates CSV
public record CandidateTableRequest(Path base, Path csv) {

    /// Validates the parts.
    public CandidateTableRequest {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(csv, "csv");
    }
}
