package org.vwb.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/// The outcome of [Workbench#previewInit]: how each previewed token's input-embedding row was made and,
/// for a model with an untied `lm_head`, how its head row was made.
///
/// @param baseRows  rows of the base embedding
/// @param newTokens new tokens the tokenizer adds (all of them, not only the previewed ones)
/// @param rows      one input-embedding row per previewed token, in id order
/// @param byMethod  previewed input rows per method that made them (the fallback's name for fallbacks)
/// @param byOrigin  previewed input rows per origin (COPIED, MIXTURE, MEAN, SAMPLED)
/// @param headRows  one `lm_head` row per previewed token, in id order (sources are base head rows);
///                  empty for a tied model or an encoder without a head
public record InitPreview(int baseRows, int newTokens, List<Row> rows, Map<String, Integer> byMethod,
                          Map<String, Integer> byOrigin, List<Row> headRows) {

    /// Copies the collections.
    public InitPreview {
        rows = List.copyOf(rows);
        byMethod = Map.copyOf(byMethod);
        byOrigin = Map.copyOf(byOrigin);
        headRows = List.copyOf(headRows);
    }

    /// Whether the model has an untied head whose rows were previewed.
    public boolean hasHead() {
        return !headRows.isEmpty();
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
