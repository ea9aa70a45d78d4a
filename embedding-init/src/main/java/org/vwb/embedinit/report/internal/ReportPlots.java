package org.vwb.embedinit.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.HistogramSeries;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.embedinit.report.Plot;
import org.vwb.embedinit.report.Plots;
import org.vwb.embedinit.report.Projection;
import org.vwb.embedinit.report.ScatterLayer;

/// The report's plots, four per matrix: norms, cosine to the old mean, hull distance bounds, 2-D PCA; then,
/// when the report carries them, the reconstruction scores per matrix of the base ([ReconstructionPlots]).
public final class ReportPlots {
    static final int WIDTH = 960;
    static final int HEIGHT = 520;
    private static final int BINS = 40;
    private static final int LABELS_PER_STRATEGY = 3;

    private ReportPlots() {}

    /// Renders every plot.
    public static List<Plot> render(DiagnosticsReport r) {
        List<String> methods = Palette.methods(r);
        List<Plot> out = new ArrayList<>();
        for (MatrixReport m : r.matrices()) {
            String l = m.role().label();
            out.add(histogram(r, "norms-" + l + ".png", "Row norms, " + l + " matrix", "Euclidean norm", m,
                    m.oldNorms(), k -> m.newNorms()[k], methods));
            out.add(histogram(r, "cosine-" + l + ".png", "Cosine to the mean of the old rows, " + l + " matrix",
                    "cosine similarity", m, m.oldCosToMean(), k -> m.newCosToMean()[k], methods));
            out.add(distances(r, m));
            out.add(scatter(r, m, methods));
        }
        r.reconstruction().ifPresent(rec -> out.addAll(ReconstructionPlots.render(rec, WIDTH, HEIGHT)));
        return out;
    }

    private static Plot histogram(DiagnosticsReport r, String name, String title, String xLabel, MatrixReport m,
                                  double[] old,
                                  IntToDoubleFunction fresh, List<String> methods) {
        List<HistogramSeries> series = new ArrayList<>();
        series.add(new HistogramSeries("old rows", old, Palette.OLD));
        for (int i = 0; i < methods.size(); i++) {
            double[] v = ofMethod(r, m, methods.get(i), fresh);
            if (v.length > 0) {
                series.add(new HistogramSeries("new: " + methods.get(i), v, Palette.colour(i)));
            }
        }
        return new Plot(name, title, Plots.png(Plots.histogram(title, xLabel, series, BINS, WIDTH, HEIGHT)));
    }

    private static Plot distances(DiagnosticsReport r, MatrixReport m) {
        String l = m.role().label();
        String title = "Distance to the convex hull of the old rows, " + l + " matrix";
        List<Integer> rows = new ArrayList<>();
        for (int k = 0; k < m.newNorms().length; k++) {
            if (!r.rows().get(k).padding()) {
                rows.add(k);
            }
        }
        List<HistogramSeries> series = List.of(
                new HistogramSeries("lower bound (certified)", rows.stream()
                        .mapToDouble(k -> m.hull().rows().get(k).relativeLower()).toArray(), 0x2CA02C),
                new HistogramSeries("upper bound", rows.stream()
                        .mapToDouble(k -> m.hull().rows().get(k).relativeUpper()).toArray(), 0xD62728));
        return new Plot("distance-" + l + ".png", title, Plots.png(Plots.histogram(title,
                "distance ÷ median old row norm", series, BINS, WIDTH, HEIGHT)));
    }

    private static Plot scatter(DiagnosticsReport r, MatrixReport m, List<String> methods) {
        Projection p = m.projection();
        String l = m.role().label();
        List<ScatterLayer> layers = new ArrayList<>();
        layers.add(new ScatterLayer("old rows (sample)", p.oldX(), p.oldY(), Palette.OLD, 2, List.of()));
        for (int i = 0; i < methods.size(); i++) {
            List<Integer> rows = rowsOf(r, m, methods.get(i));
            if (rows.isEmpty()) {
                continue;
            }
            double[] x = rows.stream().mapToDouble(k -> p.newX()[k]).toArray();
            double[] y = rows.stream().mapToDouble(k -> p.newY()[k]).toArray();
            List<String> labels = new ArrayList<>();
            for (int k = 0; k < Math.min(LABELS_PER_STRATEGY, rows.size()); k++) {
                labels.add(Cells.visible(r.rows().get(rows.get(k)).token()));
            }
            layers.add(new ScatterLayer("new: " + methods.get(i), x, y, Palette.colour(i), 4, labels));
        }
        String title = "2-D PCA of the " + l + " rows (old sample grey, new on top)";
        String ax = String.format(java.util.Locale.ROOT, "PC1 (%.1f%% of the sample's variance)", 100 * p.explained()[0]);
        String ay = String.format(java.util.Locale.ROOT, "PC2 (%.1f%%)", 100 * p.explained()[1]);
        return new Plot("pca-" + l + ".png", title, Plots.png(Plots.scatter(title, ax, ay, layers, WIDTH, HEIGHT)));
    }

    /// The new rows of `method`, padding rows left out: they are usually zeros or noise that no token
    /// uses, and would stretch every axis (the tables still list them).
    private static List<Integer> rowsOf(DiagnosticsReport r, MatrixReport m, String method) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < m.newNorms().length; k++) {
            if (m.method(k).equals(method) && !r.rows().get(k).padding()) {
                out.add(k);
            }
        }
        return out;
    }

    private static double[] ofMethod(DiagnosticsReport r, MatrixReport m, String method, IntToDoubleFunction f) {
        return rowsOf(r, m, method).stream().mapToDouble(f::applyAsDouble).toArray();
    }
}
