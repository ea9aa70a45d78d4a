package org.vwb.embedinit.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vwb.embedinit.eval.ReconstructionReport;

/// The result of [Diagnostics#run]: per matrix measurements, per strategy summaries and notes, and, when the
/// caller ran it, the reconstruction benchmark of the base model (which methods rebuild its own rows best).
///
/// @param rows           the new rows, in row order
/// @param oldTokens      the text of the old ids (for neighbour and source lists)
/// @param head           tied, untied or none
/// @param options        the parameters used
/// @param matrices       the input matrix first, then the untied head if any
/// @param strategies     per matrix and strategy, in matrix then first-appearance order
/// @param notes          remarks a reader needs (rows recorded as a mean that were tested instead, …)
/// @param reconstruction the reconstruction benchmark's scores on the base model, when it was run
public record DiagnosticsReport(List<NewRow> rows, List<String> oldTokens, HeadMode head, DiagnosticsOptions options,
                                List<MatrixReport> matrices, List<StrategySummary> strategies, List<String> notes,
                                Optional<ReconstructionReport> reconstruction) {
    /// Copies the lists.
    public DiagnosticsReport {
        rows = List.copyOf(rows);
        oldTokens = List.copyOf(oldTokens);
        matrices = List.copyOf(matrices);
        strategies = List.copyOf(strategies);
        notes = List.copyOf(notes);
        Objects.requireNonNull(reconstruction, "reconstruction");
    }

    /// A report without reconstruction scores.
    public DiagnosticsReport(List<NewRow> rows, List<String> oldTokens, HeadMode head, DiagnosticsOptions options,
                             List<MatrixReport> matrices, List<StrategySummary> strategies, List<String> notes) {
        this(rows, oldTokens, head, options, matrices, strategies, notes, Optional.empty());
    }

    /// A copy carrying `scores` (the benchmark run on the base model).
    public DiagnosticsReport withReconstruction(ReconstructionReport scores) {
        return new DiagnosticsReport(rows, oldTokens, head, options, matrices, strategies, notes,
                Optional.of(Objects.requireNonNull(scores, "scores")));
    }

    /// A copy with `extra` appended to the notes.
    public DiagnosticsReport withNotes(List<String> extra) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(extra);
        return new DiagnosticsReport(rows, oldTokens, head, options, matrices, strategies, all, reconstruction);
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
