package org.vwb.ui.internal;

import java.util.List;

import org.vwb.core.SummaryLine;
import org.vwb.core.SummaryLines;
import org.vwb.model.ModelSummary;

/// The Summary pane's rows: the core's [SummaryLines] (what `vwb inspect` prints), a multi-line value
/// shown as lines of one row.
public final class SummaryRows {

    private SummaryRows() {
    }

    /// The rows for `s`.
    public static List<SummaryRow> of(ModelSummary s) {
        return of(SummaryLines.of(s));
    }

    /// The rows for core summary lines (the merge report's, for one).
    public static List<SummaryRow> of(List<SummaryLine> lines) {
        return lines.stream()
                .map((SummaryLine l) -> new SummaryRow(l.label(), String.join("\n", l.values()), l.warning()))
                .toList();
    }
}
