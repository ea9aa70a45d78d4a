package org.vwb.cli.tokenizer;

import java.util.ArrayList;
import java.util.List;

import org.vwb.vocab.fertility.FertilityReport;
import org.vwb.vocab.fertility.FertilityStats;

/// The fertility report as CSV: header `metric,before[,after]`, one row per metric (the keys of
/// [FertilityMetrics#ROWS]); values quoted per RFC 4180 where needed.
public final class FertilityCsv {
    private FertilityCsv() {
    }

    /// The CSV text, CRLF line ends.
    public static String write(FertilityReport report) {
        List<FertilityStats> columns = new ArrayList<>();
        columns.add(report.base());
        report.compare().ifPresent(columns::add);
        StringBuilder sb = new StringBuilder(columns.size() == 1 ? "metric,before\r\n" : "metric,before,after\r\n");
        for (FertilityMetrics.Metric m : FertilityMetrics.ROWS) {
            sb.append(m.key());
            for (FertilityStats s : columns) {
                sb.append(',').append(quote(m.value().apply(s)));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String quote(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
