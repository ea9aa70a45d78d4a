package org.vwb.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.diagnostics.HullVerdict;
import org.vwb.embedinit.diagnostics.RowVerdict;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.embedinit.report.Neighbours;
import org.vwb.embedinit.report.NewRow;
import org.vwb.embedinit.report.Plot;
import org.vwb.embedinit.report.Projection;

/// Turns the core's diagnostics report into what the Diagnostics screen shows. Nothing is measured
/// here: every number is one the report holds; this only picks, orders and labels.
final class DiagnosticsRows {

    /// Mixture sources listed per token (a MEAN row has one per old row; the rest are summarised).
    static final int MAX_SOURCES = 10;

    private DiagnosticsRows() {
    }

    /// The report of matrix `role`, or the first (input) one when the report has no such matrix.
    static MatrixReport matrix(DiagnosticsReport report, MatrixRole role) {
        return report.matrices().stream().filter(m -> m.role() == role).findFirst()
                .orElse(report.matrices().getFirst());
    }

    /// One table row per new row of `m`, in id order.
    static List<HullRow> rows(DiagnosticsReport report, MatrixReport m) {
        List<HullRow> out = new ArrayList<>(report.rows().size());
        for (int k = 0; k < report.rows().size(); k++) {
            RowVerdict v = m.hull().rows().get(k);
            out.add(new HullRow(k, report.rows().get(k).id(), tokenText(report.rows().get(k)), m.method(k),
                    m.origin(k), v.verdict(), v.distanceLower(), v.distanceUpper(), v.relativeLower(),
                    v.relativeUpper(), m.newNorms()[k]));
        }
        return out;
    }

    static String tokenText(NewRow row) {
        return row.padding() ? "(padding)" : VisibleText.of(row.token());
    }

    /// `input: 30 new rows — inside 28, outside 2, undecided 0 · output: …`, one part per matrix.
    static String summary(DiagnosticsReport report) {
        List<String> parts = new ArrayList<>();
        for (MatrixReport m : report.matrices()) {
            parts.add(String.format(Locale.ROOT, "%s: %d new rows — inside %d, outside %d, undecided %d",
                    label(m.role()), report.rows().size(), m.hull().count(HullVerdict.INSIDE),
                    m.hull().count(HullVerdict.OUTSIDE), m.hull().count(HullVerdict.UNDECIDED)));
        }
        return String.join("  ·  ", parts);
    }

    /// The name the screen uses for a matrix: `input` or `lm_head`.
    static String label(MatrixRole role) {
        return role == MatrixRole.INPUT ? "input" : "lm_head";
    }

    /// The nearest old tokens of new row `k` in `m`, most similar first, with their cosines.
    static List<TokenWeight> neighbours(DiagnosticsReport report, MatrixReport m, int k) {
        Neighbours n = m.neighbours().get(k);
        List<TokenWeight> out = new ArrayList<>(n.ids().length);
        for (int i = 0; i < n.ids().length; i++) {
            out.add(new TokenWeight(n.ids()[i], VisibleText.of(report.oldToken(n.ids()[i])), n.cosines()[i]));
        }
        return out;
    }

    /// The recorded mixture sources of new row `k` in `m`, heaviest first, at most [#MAX_SOURCES]; empty
    /// when the row has no provenance or no sources (a sampled row).
    static List<TokenWeight> sources(DiagnosticsReport report, MatrixReport m, int k) {
        TokenInit t = m.provenance().get(k);
        if (t == null) {
            return List.of();
        }
        int[] ids = t.sourceIds();
        double[] weights = t.weights();
        List<TokenWeight> all = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            all.add(new TokenWeight(ids[i], VisibleText.of(report.oldToken(ids[i])), weights[i]));
        }
        all.sort(Comparator.comparingDouble(TokenWeight::value).reversed().thenComparingInt(TokenWeight::id));
        return List.copyOf(all.subList(0, Math.min(MAX_SOURCES, all.size())));
    }

    /// What the sources list leaves out or why it is empty.
    static String sourcesNote(MatrixReport m, int k) {
        TokenInit t = m.provenance().get(k);
        if (t == null) {
            return "no provenance recorded (the folder has no vwb-init-rows.csv)";
        }
        int n = t.sourceIds().length;
        String head = t.method() + ", " + t.origin().name().toLowerCase(Locale.ROOT)
                + (t.note().isEmpty() ? "" : " — " + t.note());
        if (n == 0) {
            return head + "; no source rows";
        }
        return n > MAX_SOURCES ? head + String.format(Locale.ROOT, "; the %d heaviest of %d sources", MAX_SOURCES, n)
                : head;
    }

    /// The core's histograms of `m` (norms, cosine to the mean, hull distance), in the report's order;
    /// the projection is drawn by the screen itself, so its PNG is left out.
    static List<Plot> plots(List<Plot> plots, MatrixRole role) {
        String suffix = "-" + role.label() + ".png";
        return plots.stream().filter(p -> p.name().endsWith(suffix) && !p.name().startsWith("pca-")).toList();
    }

    /// The projection's points of `m`, at most [ProjectionPoints#MAX_POINTS] of each kind (an even
    /// stride through them when there are more).
    static ProjectionPoints projection(DiagnosticsReport report, MatrixReport m, List<HullRow> rows) {
        Projection p = m.projection();
        List<ProjectionPoints.Point> old = new ArrayList<>();
        int oldStep = stride(p.sampleIds().length);
        for (int i = 0; i < p.sampleIds().length; i += oldStep) {
            int id = p.sampleIds()[i];
            old.add(new ProjectionPoints.Point(p.oldX()[i], p.oldY()[i], id, VisibleText.of(report.oldToken(id)), null));
        }
        List<ProjectionPoints.Point> fresh = new ArrayList<>();
        int newStep = stride(p.newX().length);
        for (int k = 0; k < p.newX().length; k += newStep) {
            fresh.add(new ProjectionPoints.Point(p.newX()[k], p.newY()[k], k, rows.get(k).token(), rows.get(k).verdict()));
        }
        return new ProjectionPoints(old, fresh, p.sampleIds().length - old.size(), p.newX().length - fresh.size(),
                p.explained());
    }

    private static int stride(int n) {
        return Math.max(1, (n + ProjectionPoints.MAX_POINTS - 1) / ProjectionPoints.MAX_POINTS);
    }

    /// The row of new row `index`, if present (by its index, so any order of `rows` works).
    static Optional<HullRow> at(List<HullRow> rows, int index) {
        return rows.stream().filter(r -> r.index() == index).findFirst();
    }

    /// A short number for a narrow column: `0`, `0.0123`, or `1.10e-4` below a thousandth.
    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        return Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5
                ? String.format(Locale.ROOT, "%.2e", v).replaceFirst("e([-+])0*(\\d)", "e$1$2").replace("e+", "e")
                : String.format(Locale.ROOT, "%.4f", v);
    }
}
