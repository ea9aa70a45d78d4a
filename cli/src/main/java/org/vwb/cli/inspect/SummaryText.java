package org.vwb.cli.inspect;

import java.util.Locale;

import org.vwb.core.SummaryLine;
import org.vwb.core.SummaryLines;
import org.vwb.model.ModelSummary;

/// The human-readable form of `vwb inspect`: one labelled line per aspect ([SummaryLines]), continuation
/// lines indented under their value, each warning as a bullet.
public final class SummaryText {

    private static final String INDENT = " ".repeat(14);

    private SummaryText() {
    }

    /// Formats `s`, ending with a line separator.
    public static String format(ModelSummary s) {
        StringBuilder sb = new StringBuilder();
        for (SummaryLine line : SummaryLines.of(s)) {
            if (line.warning()) {
                sb.append("  - ").append(line.values().getFirst()).append('\n');
                continue;
            }
            sb.append(String.format(Locale.ROOT, "%-14s", line.label())).append(line.values().getFirst()).append('\n');
            line.values().stream().skip(1).forEach(v -> sb.append(INDENT).append(v).append('\n'));
        }
        return sb.toString().replace("\n", System.lineSeparator());
    }
}
