package org.vwb.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.vwb.vocab.mine.MiningStats;

/// A candidate table for one base tokenizer: the rows, best first, and (when it was just mined) the
/// mining corpus statistics.
///
/// @param base   the base tokenizer (model folder or file) the rows are spelled for
/// @param source the candidates CSV the rows were read from or written to
/// @param rows   the rows in table order
/// @param stats  the mining statistics, when the table comes from a mining run
public record CandidateTable(Path base, Path source, List<CandidateEntry> rows, Optional<MiningStats> stats) {

    /// Validates the parts and copies the list.
    public CandidateTable {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stats, "stats");
        rows = List.copyOf(rows);
    }
}
