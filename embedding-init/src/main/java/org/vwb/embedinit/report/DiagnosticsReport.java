package org.vwb.embedinit.report;

import java.util.List;

/// The result of [Diagnostics#run]: per matrix measurements, per strategy summaries and notes.
///
/// @param rows       the new rows, in row order
/// @param oldTokens  the text of the old ids (for neighbour and source lists)
/// @param head       tied, untied or none
/// @param options    the parameters used
/// @param matrices   the input matrix first, then the untied head if any
/// @param strategies per matrix and strategy, in matrix then first-appearance order
/// @param notes      remarks a reader needs (rows recorded as a mean that were tested instead, …)
public record DiagnosticsReport(List<NewRow> rows, List<String> oldTokens, HeadMode head, DiagnosticsOptions options,
                                List<MatrixReport> matrices, List<StrategySummary> strategies, List<String> notes) {
    /// Copies the lists.
    public DiagnosticsReport {
        rows = List.copyOf(rows);
        oldTokens = List.copyOf(oldTokens);
        matrices = List.copyOf(matrices);
        strategies = List.copyOf(strategies);
        notes = List.copyOf(notes);
    }

    /// The text of old id `id`, or `#id` when unknown.
    public String oldToken(int id) {
        return id >= 0 && id < oldTokens.size() ? oldTokens.get(id) : "#" + id;
    }

    /// How many new rows are padding (beyond the tokenizer).
    public long paddingRows() {
        return rows.stream().filter(NewRow::padding).count();
    }
}
