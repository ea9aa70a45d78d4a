package org.vwb.embedinit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vwb.embedinit.report.internal.CsvTables;
import org.vwb.embedinit.report.internal.HtmlReport;
import org.vwb.embedinit.report.internal.JsonReport;
import org.vwb.embedinit.report.internal.ReportPlots;

/// Writes a [DiagnosticsReport] into a folder: `report.json` (format [#FORMAT]), `tokens.csv` (one line
/// per new row and matrix), `strategies.csv`, `reconstruction.csv` (one line per method and matrix, when the
/// report carries the reconstruction benchmark), `plots/*.png` and a self-contained `report.html` (inline
/// CSS, the plots embedded as `data:` URIs, no other reference: it opens offline).
///
/// Not atomic by itself: callers write into a temporary folder (`AtomicFiles.writeDirectory`).
public final class ReportWriter {
    /// The `format` field of `report.json`; the number changes when a field changes meaning or goes away.
    public static final String FORMAT = "vwb.diagnose/1";

    private ReportWriter() {}

    /// The plots of `report` (norms, cosine to the mean, hull distances, 2-D projection per matrix; the
    /// reconstruction scores per scored matrix of the base when present).
    public static List<Plot> plots(DiagnosticsReport report) {
        return ReportPlots.render(report);
    }

    /// Writes every file into `dir` (created if needed).
    public static WrittenReport write(DiagnosticsReport report, ReportInfo info, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("plots"));
        List<Plot> plots = plots(report);
        List<String> files = new ArrayList<>();
        for (Plot p : plots) {
            Files.write(dir.resolve("plots").resolve(p.name()), p.png());
            files.add("plots/" + p.name());
        }
        CsvTables.writeTokens(report, dir.resolve("tokens.csv"));
        files.add("tokens.csv");
        CsvTables.writeStrategies(report, dir.resolve("strategies.csv"));
        files.add("strategies.csv");
        if (report.reconstruction().isPresent()) {
            CsvTables.writeReconstruction(report.reconstruction().get(), dir.resolve("reconstruction.csv"));
            files.add("reconstruction.csv");
        }
        Files.writeString(dir.resolve("report.html"), HtmlReport.render(report, info, plots));
        files.add("report.html");
        files.add("report.json");
        JsonReport.write(report, info, files, dir.resolve("report.json"));
        return new WrittenReport(files, plots);
    }
}
