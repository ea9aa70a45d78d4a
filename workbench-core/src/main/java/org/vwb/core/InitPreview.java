package org.vwb.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/// The outcome of [Workbench#previewInit]: how each previewed token's input-embedding row was made.
///
/// @param baseRows  rows of the base embedding
/// @param newTokens new tokens the tokenizer adds (all of them, not only the previewed ones)
/// @param rows      one row per previewed token, in id order
/// @param byMethod  previewed rows per method that made them (the fallback's name for fallbacks)
/// @param byOrigin  previewed rows per origin (COPIED, MIXTURE, MEAN, SAMPLED)
public record InitPreview(int baseRows, int newTokens, List<Row> rows, Map<String, Integer> byMethod,
                          Map<String, Integer> byOrigin) {

    /// Copies the collections.
    public InitPreview {
        rows = List.copyOf(rows);
        byMethod = Map.copyOf(byMethod);
        byOrigin = Map.copyOf(byOrigin);
    }

    /// One previewed token.
    ///
    /// @param id       its id in the expanded vocabulary
    /// @param piece    its piece
    /// @param method   the strategy that made the row (the fallback's name when the method could not)
    /// @param origin   how: COPIED, MIXTURE, MEAN, SAMPLED
    /// @param fallback whether the fallback made it
    /// @param sources  the heaviest base sources (at most [#TOP_SOURCES]), heaviest first
    /// @param norm     the Euclidean norm of the new row
    /// @param note     the strategy's remark, or ""
    public record Row(int id, String piece, String method, String origin, boolean fallback, List<Source> sources,
                      double norm, String note) {
        /// Copies the list.
        public Row {
            Objects.requireNonNull(piece, "piece");
            sources = List.copyOf(sources);
        }
    }

    /// A base row a new row was mixed from.
    ///
    /// @param id     the base id
    /// @param piece  its piece
    /// @param weight its mixture weight
    public record Source(int id, String piece, double weight) {
    }

    /// How many sources a row lists at most.
    public static final int TOP_SOURCES = 3;
}
