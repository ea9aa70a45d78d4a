package org.vwb.embedinit.report;

import java.util.ArrayList;
import java.util.List;
import org.vwb.common.JobContext;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.diagnostics.HullInputException;
import org.vwb.embedinit.report.internal.MatrixAnalysis;
import org.vwb.embedinit.report.internal.Summaries;
import org.vwb.numeric.LinearAlgebra;

/// The geometry of a patched model's new rows against the base's old rows (issue 6): norms, cosine to the
/// old mean, nearest old tokens, the mixture each row was recorded as, convex-hull verdicts with
/// certificates, the "can it dominate" view for head rows, a 2-D PCA projection, and per-strategy
/// summaries. [ReportWriter] turns the result into `report.json`, CSV tables, PNG plots and `report.html`.
public final class Diagnostics {
    private Diagnostics() {}

    /// Measures everything; progress goes to `context` stage by stage, and cancellation is checked
    /// between stages and row blocks.
    ///
    /// @throws HullInputException when a matrix holds a NaN or infinite entry (message names it)
    /// @throws org.vwb.common.JobCancelledException when cancelled
    public static DiagnosticsReport run(LinearAlgebra la, DiagnosticsInput in, JobContext context)
            throws HullInputException {
        List<String> notes = new ArrayList<>();
        List<MatrixReport> matrices = new ArrayList<>();
        matrices.add(MatrixAnalysis.analyse(la, MatrixRole.INPUT, in.oldInput(), in.newInput(), in.rows(),
                in.provenance(), in.head() == HeadMode.TIED, in.options(), context, notes));
        if (in.head() == HeadMode.UNTIED) {
            matrices.add(MatrixAnalysis.analyse(la, MatrixRole.OUTPUT, in.oldOutput(), in.newOutput(), in.rows(),
                    in.provenance(), true, in.options(), context, notes));
        }
        if (in.provenance().isEmpty()) {
            notes.add("no provenance was given (no " + org.vwb.embedinit.ProvenanceCsv.FILE_NAME + "): every row was"
                    + " tested by the screens and the solver, none certified by its recipe");
        }
        long padding = in.rows().stream().filter(NewRow::padding).count();
        if (padding > 0) {
            notes.add(padding + " new rows lie beyond the tokenizer's ids (padding rows): no text maps to them");
        }
        List<StrategySummary> strategies = new ArrayList<>();
        for (MatrixReport m : matrices) {
            strategies.addAll(Summaries.of(m));
        }
        return new DiagnosticsReport(in.rows(), in.oldTokens(), in.head(), in.options(), matrices, strategies, notes);
    }
}
