package org.vwb.cli.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.vwb.vocab.fertility.FertilityReport;
import org.vwb.vocab.fertility.FertilityStats;
import org.vwb.vocab.fertility.PieceCount;

/// The human-readable fertility report: one column per tokenizer, then the piece lists.
public final class FertilityText {
    private FertilityText() {
    }

    /// Formats `report` as lines of text ending in a newline.
    public static String format(FertilityReport report) {
        List<FertilityStats> columns = new ArrayList<>();
        columns.add(report.base());
        report.compare().ifPresent(columns::add);
        FertilityStats b = report.base();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "corpus: %s (%,d lines, %,d characters, %,d CJK, %,d words in lines without CJK)%n",
                report.corpus().stream().map(Object::toString).collect(Collectors.joining(", ")), b.lines(),
                b.characters(), b.cjkCharacters(), b.words()));
        String row = columns.size() == 1 ? "%-32s %s%n" : "%-32s %-24s %s%n";
        if (columns.size() == 2) {
            sb.append(String.format(Locale.ROOT, row, "", "before", "after"));
        }
        for (FertilityMetrics.Metric m : FertilityMetrics.ROWS) {
            Object[] cells = new Object[columns.size() + 1];
            cells[0] = m.label();
            for (int i = 0; i < columns.size(); i++) {
                cells[i + 1] = m.value().apply(columns.get(i));
            }
            sb.append(String.format(Locale.ROOT, row, cells));
        }
        for (int i = 0; i < columns.size(); i++) {
            String which = columns.size() == 1 ? "" : i == 0 ? " (before)" : " (after)";
            sb.append("most used pieces").append(which).append(": ").append(list(columns.get(i).topUsed(), true)).append('\n');
            sb.append("unused pieces").append(which).append(": ").append(list(columns.get(i).topUnused(), false)).append('\n');
        }
        return sb.toString();
    }

    private static String list(List<PieceCount> pieces, boolean counts) {
        if (pieces.isEmpty()) {
            return "none";
        }
        return pieces.stream().map(p -> counts ? String.format(Locale.ROOT, "%s %,d", p.piece(), p.count()) : p.piece())
                .collect(Collectors.joining(", "));
    }
}
