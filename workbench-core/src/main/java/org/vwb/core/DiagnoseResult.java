package org.vwb.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.Plot;

/// What `vwb diagnose` produced: the report folder, the measurements, and the plots as PNG bytes (the GUI
/// shows these directly; the same images are in `out/plots/`).
///
/// @param out    the report folder (absolute)
/// @param report every measurement (verdicts, geometry, per-strategy summaries, notes, reconstruction scores)
/// @param plots  the rendered plots
/// @param files  the files written, relative to `out`
public record DiagnoseResult(Path out, DiagnosticsReport report, List<Plot> plots, List<String> files) {
    /// Copies the lists.
    public DiagnoseResult {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(report, "report");
        plots = List.copyOf(plots);
        files = List.copyOf(files);
    }

    /// The reconstruction benchmark's scores on the base (per method and matrix, baselines first), when it ran;
    /// the same as `report().reconstruction()`.
    public Optional<ReconstructionReport> reconstruction() {
        return report.reconstruction();
    }
}
