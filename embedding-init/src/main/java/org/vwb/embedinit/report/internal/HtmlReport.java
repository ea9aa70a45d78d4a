package org.vwb.embedinit.report.internal;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.vwb.embedinit.diagnostics.HullMethod;
import org.vwb.embedinit.diagnostics.HullVerdict;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.InputHash;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.embedinit.report.Plot;
import org.vwb.embedinit.report.ReportInfo;
import org.vwb.embedinit.report.ReportWriter;
import org.vwb.embedinit.report.StrategySummary;

/// `report.html`: one self-contained page (inline CSS, plots as `data:` URIs, no script, no link to
/// anything) with the verdict and strategy tables, the reconstruction benchmark of the base when it ran, the
/// plots, the token table and the run's provenance.
public final class HtmlReport {
    /// Plots whose name starts with this belong to the reconstruction section, not the grid.
    private static final String RECONSTRUCTION_PLOTS = "reconstruction-";

    private HtmlReport() {}

    /// One plot as a figure with its caption and file name, the image inline.
    static void figure(Html h, Plot p) {
        h.raw("<figure><img alt=\"").text(p.title()).raw("\" src=\"data:image/png;base64,")
                .raw(Base64.getEncoder().encodeToString(p.png())).raw("\"><figcaption>").text(p.title())
                .raw(" (").text("plots/" + p.name()).raw(")</figcaption></figure>\n");
    }

    /// The page.
    public static String render(DiagnosticsReport r, ReportInfo info, List<Plot> plots) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .text("vwb diagnose: " + r.rows().size() + " new rows").raw("</title>\n<style>")
                .raw(HtmlStyle.CSS).raw("</style></head><body>\n");
        h.el("h1", "New embedding rows: geometry and convex hull");
        h.raw("<p class=\"lead\">").text(r.rows().size() + " new rows (" + r.paddingRows() + " padding rows beyond the"
                + " tokenizer), head " + r.head().name().toLowerCase(Locale.ROOT) + ". Inside: explicit convex weights"
                + " reproduce the row within the tolerance. Outside: a separating direction with a positive margin"
                + " (a lower bound on the distance). Undecided: only distance bounds within the iteration budget.")
                .raw("</p>\n");
        models(h, info);
        verdicts(h, r);
        strategies(h, r);
        r.reconstruction().ifPresent(rec -> HtmlReconstruction.section(h, rec, plots.stream()
                .filter(p -> p.name().startsWith(RECONSTRUCTION_PLOTS)).toList()));
        h.el("h2", "Plots");
        h.raw("<div class=\"plots\">\n");
        for (Plot p : plots) {
            if (!p.name().startsWith(RECONSTRUCTION_PLOTS)) {
                figure(h, p);
            }
        }
        h.raw("</div>\n");
        HtmlTokens.table(h, r);
        if (!r.notes().isEmpty()) {
            h.el("h2", "Notes").raw("<ul>");
            r.notes().forEach(n -> h.el("li", n));
            h.raw("</ul>\n");
        }
        provenance(h, r, info);
        h.raw("<footer>").text("Written by vwb " + info.toolVersion() + " (" + ReportWriter.FORMAT + "); numeric backend: "
                + info.backend() + ". Full data: report.json, tokens.csv, strategies.csv"
                + (r.reconstruction().isPresent() ? ", reconstruction.csv." : ".")).raw("</footer>\n");
        return h.raw("</body></html>\n").toString();
    }

    private static void models(Html h, ReportInfo info) {
        h.el("h2", "Models").raw("<table><tr><th>model</th><th>facts</th></tr>\n");
        info.models().forEach((name, facts) -> {
            h.raw("<tr><td>").text(name).raw("</td><td>");
            facts.forEach((k, v) -> h.raw("<span class=\"fact\"><b>").text(k).raw("</b> ").text(String.valueOf(v))
                    .raw("</span> "));
            h.raw("</td></tr>\n");
        });
        h.raw("</table>\n");
    }

    private static void verdicts(Html h, DiagnosticsReport r) {
        h.el("h2", "Convex hull verdicts");
        h.raw("<table class=\"num\">").headRow("matrix", "new rows", "inside", "outside", "undecided",
                "by recorded mixture", "by screen", "by solver", "median old norm", "tolerance",
                "rows that win some direction");
        for (MatrixReport m : r.matrices()) {
            h.raw("<tr>").el("td", m.role().label()).el("td", Integer.toString(m.newNorms().length));
            h.raw("<td class=\"inside\">").text(Long.toString(m.hull().count(HullVerdict.INSIDE))).raw("</td>");
            h.raw("<td class=\"outside\">").text(Long.toString(m.hull().count(HullVerdict.OUTSIDE))).raw("</td>");
            h.raw("<td class=\"undecided\">").text(Long.toString(m.hull().count(HullVerdict.UNDECIDED))).raw("</td>");
            for (HullMethod method : HullMethod.values()) {
                h.el("td", Long.toString(m.hull().count(method)));
            }
            h.el("td", Cells.number(m.hull().medianBaseNorm())).el("td", Cells.number(m.hull().tolerance()));
            h.el("td", m.dominance() == null ? "—" : Long.toString(java.util.Arrays.stream(m.dominance().fractions())
                    .filter(x -> x > 0).count()) + " of " + m.newNorms().length + " (" + m.dominance().directions()
                    + " directions)");
            h.raw("</tr>\n");
        }
        h.raw("</table>\n");
    }

    private static void strategies(Html h, DiagnosticsReport r) {
        List<String> methods = Palette.methods(r);
        h.el("h2", "Per strategy");
        h.raw("<table class=\"num\">").headRow("matrix", "strategy", "rows", "origins", "median norm",
                "mean cos to mean", "inside", "outside", "undecided", "median distance ÷ norm [lower, upper]",
                "mean top-1 cosine", "mean dominance");
        for (StrategySummary s : r.strategies()) {
            StringBuilder origins = new StringBuilder();
            s.origins().forEach((k, v) -> origins.append(origins.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
            h.raw("<tr>").el("td", s.role()).raw("<td><span class=\"sw\" style=\"background:")
                    .raw(Palette.css(Palette.colour(methods.indexOf(s.method())))).raw("\"></span>").text(s.method())
                    .raw("</td>").el("td", Integer.toString(s.rows())).el("td", origins.toString())
                    .el("td", Cells.number(s.medianNorm())).el("td", Cells.number(s.meanCosineToMean()))
                    .el("td", Long.toString(s.inside())).el("td", Long.toString(s.outside()))
                    .el("td", Long.toString(s.undecided()))
                    .el("td", "[" + Cells.number(s.medianRelativeLower()) + ", " + Cells.number(s.medianRelativeUpper()) + "]")
                    .el("td", Cells.number(s.meanTopCosine()))
                    .el("td", Double.isNaN(s.meanDominance()) ? "—" : Cells.number(s.meanDominance())).raw("</tr>\n");
        }
        h.raw("</table>\n");
    }

    private static void provenance(Html h, DiagnosticsReport r, ReportInfo info) {
        h.el("h2", "Parameters and inputs");
        h.raw("<p>").text("sample " + r.options().sample() + ", seed " + r.options().seed() + ", neighbours "
                + r.options().neighbours() + ", directions " + r.options().directions() + ", hull tolerance "
                + r.options().hull().relativeTolerance() + " × median old norm, " + r.options().hull().maxIterations()
                + " solver iterations");
        info.parameters().forEach((k, v) -> h.text("; " + k + ": " + v));
        h.raw("</p>\n<details><summary>").text("SHA-256 of the inputs (" + info.hashes().size() + ")")
                .raw("</summary><table>").headRow("model", "file", "part", "bytes", "sha256");
        for (InputHash x : info.hashes()) {
            h.raw("<tr>").el("td", x.model()).el("td", x.file()).el("td", x.part()).el("td", Long.toString(x.bytes()))
                    .raw("<td class=\"hash\">").text(x.sha256()).raw("</td></tr>\n");
        }
        h.raw("</table></details>\n");
    }
}
