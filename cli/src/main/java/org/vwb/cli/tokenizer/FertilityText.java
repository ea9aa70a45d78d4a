package org.vwb.cli.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.vwb.vocab.fertility.FertilityReport;
import org.vwb.vocab.fertility.FertilityStats;
import org.vwb.vocab.TokenizerKind;
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
        int width = 24;
        for (FertilityMetrics.Metric m : FertilityMetrics.ROWS) {
            width = Math.max(width, m.value().apply(b).length() + 2);
        }
        String row = columns.size() == 1 ? "%-32s %s%n" : "%-32s %-" + width + "s %s%n";
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
            boolean byteLevel = columns.get(i).kind() == TokenizerKind.HF_BYTE_LEVEL_BPE;
            sb.append("most used pieces").append(which).append(": ").append(list(columns.get(i).topUsed(), true, byteLevel))
                    .append('\n');
            sb.append("unused pieces").append(which).append(": ").append(list(columns.get(i).topUnused(), false, byteLevel))
                    .append('\n');
        }
        return sb.toString();
    }

    /// Byte-level pieces are shown by their text (`çļĦ` is `的`) unless it is blank or a partial character.
    private static String list(List<PieceCount> pieces, boolean counts, boolean byteLevel) {
        if (pieces.isEmpty()) {
            return "none";
        }
        return pieces.stream().map(p -> {
            String label = byteLevel && !p.text().isBlank() ? p.text() : p.piece();
            return counts ? String.format(Locale.ROOT, "%s %,d", label, p.count()) : label;
        }).collect(Collectors.joining(", "));
    }
}
