package org.vwb.embedinit.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.diagnostics.RowVerdict;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.embedinit.report.NewRow;
import org.vwb.embedinit.report.StrategySummary;

/// The CSV tables of the report, written with Commons CSV (RFC 4180 quoting, UTF-8, header line).
public final class CsvTables {
    /// Columns of `tokens.csv`.
    public static final String[] TOKEN_COLUMNS = {"token", "id", "padding", "matrix", "strategy", "origin", "sources",
        "norm", "cosine_to_mean", "verdict", "decided_by", "iterations", "distance_lower", "distance_upper",
        "relative_lower", "relative_upper", "dominance", "neighbours", "note"};
    /// Columns of `strategies.csv`.
    public static final String[] STRATEGY_COLUMNS = {"matrix", "strategy", "rows", "origins", "median_norm",
        "mean_cosine_to_mean", "inside", "outside", "undecided", "median_relative_lower", "median_relative_upper",
        "mean_top_cosine", "mean_dominance"};

    /// Columns of `reconstruction.csv`.
    public static final String[] RECONSTRUCTION_COLUMNS = {"matrix", "method", "strategy", "options", "baseline", "mrr",
        "precision_at_1", "precision_at_10", "mean_cosine", "coverage", "fallback_tokens", "cpu_seconds",
        "wall_seconds"};

    private CsvTables() {}

    /// One line per new row and matrix, in matrix then row order; numbers at full `double` precision.
    public static void writeTokens(DiagnosticsReport r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(TOKEN_COLUMNS).get())) {
            for (MatrixReport m : r.matrices()) {
                for (int k = 0; k < r.rows().size(); k++) {
                    NewRow row = r.rows().get(k);
                    TokenInit t = m.provenance().get(k);
                    RowVerdict v = m.hull().rows().get(k);
                    out.printRecord(row.token(), row.id(), row.padding(), m.role().label(), m.method(k), m.origin(k),
                            t == null ? "" : Cells.join(Cells.sources(r, t), t.sourceIds().length),
                            m.newNorms()[k], m.newCosToMean()[k], v.verdict().name().toLowerCase(java.util.Locale.ROOT),
                            v.method().name().toLowerCase(java.util.Locale.ROOT), v.iterations(), v.distanceLower(),
                            v.distanceUpper(), v.relativeLower(), v.relativeUpper(),
                            m.dominance() == null ? "" : m.dominance().fractions()[k],
                            Cells.join(Cells.neighbours(r, m.neighbours().get(k)), 0), t == null ? "" : t.note());
                }
            }
        }
    }

    /// One line per matrix and strategy.
    public static void writeStrategies(DiagnosticsReport r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(STRATEGY_COLUMNS).get())) {
            for (StrategySummary s : r.strategies()) {
                StringBuilder origins = new StringBuilder();
                s.origins().forEach((k, v) -> origins.append(origins.isEmpty() ? "" : " ").append(k).append('=').append(v));
                out.printRecord(s.role(), s.method(), s.rows(), origins, s.medianNorm(), s.meanCosineToMean(), s.inside(),
                        s.outside(), s.undecided(), s.medianRelativeLower(), s.medianRelativeUpper(), s.meanTopCosine(),
                        Double.isNaN(s.meanDominance()) ? "" : s.meanDominance());
            }
        }
    }

    /// One line per method and scored matrix of the reconstruction benchmark, in run order (baselines first);
    /// options as space-separated `key=value`.
    public static void writeReconstruction(ReconstructionReport r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(RECONSTRUCTION_COLUMNS).get())) {
            for (MatrixRole role : r.roles()) {
                for (MethodScore s : r.scores(role)) {
                    out.printRecord(role.label(), s.method(), s.strategy(), options(s), s.baseline(), s.mrr(),
                            s.precisionAt1(), s.precisionAt10(), s.meanCosine(), s.coverage(), s.fallbackTokens(),
                            s.cpuSeconds(), s.wallSeconds());
                }
            }
        }
    }

    /// `key=value key=value`, sorted by key.
    static String options(MethodScore s) {
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(s.options()).forEach((k, v) -> b.append(b.isEmpty() ? "" : " ").append(k).append('=')
                .append(v));
        return b.toString();
    }
}
