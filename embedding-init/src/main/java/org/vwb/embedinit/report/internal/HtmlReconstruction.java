package org.vwb.embedinit.report.internal;

import java.util.List;
import java.util.Locale;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.eval.ReconstructionSpec;
import org.vwb.embedinit.report.Plot;

/// The reconstruction section of `report.html`: what was held out, one table row per method and matrix
/// (baselines in grey, the best MRR per matrix in bold), what the reduced tokenizer check found, and the bar plot.
final class HtmlReconstruction {
    private HtmlReconstruction() {}

    static void section(Html h, ReconstructionReport r, List<Plot> plots) {
        ReconstructionSpec spec = r.spec();
        h.raw("<h2 id=\"reconstruction\">").text("Reconstruction benchmark on the base").raw("</h2>\n");
        h.raw("<p class=\"lead\">").text(String.format(Locale.ROOT, "Which initialization method suits this base?"
                + " %d well-trained tokens of its own vocabulary (seed %d; %d eligible of %d normal tokens: at least"
                + " two characters, cosine to the mean row below %s%s) were made unreachable for a copy of its"
                + " tokenizer and re-initialised by each method from the remaining rows. Each rebuilt row is ranked"
                + " against the true rows of all held-out tokens: MRR, P@1, P@10; mean cosine to its own true row;"
                + " coverage is the share the method placed itself (the rest went to the fallback %s).",
                r.heldOut().size(), spec.seed(), r.eligible(), r.normalTokens(), Ticks.format(spec.maxMeanCosine()),
                spec.wholeWords() ? ", whole words only" : "", spec.fallback())).raw("</p>\n");
        h.raw("<table class=\"num\">").headRow("matrix", "method", "strategy and options", "MRR", "P@1", "P@10",
                "mean cosine", "coverage", "fallback tokens", "CPU s", "wall s");
        for (MatrixRole role : r.roles()) {
            List<MethodScore> scores = r.scores(role);
            double best = scores.stream().mapToDouble(MethodScore::mrr).max().orElse(Double.NaN);
            for (MethodScore s : scores) {
                h.raw(s.baseline() ? "<tr class=\"baseline\">" : s.mrr() == best ? "<tr class=\"best\">" : "<tr>")
                        .el("td", role.label()).el("td", s.method() + (s.baseline() ? " (baseline)" : ""))
                        .el("td", s.strategy() + (s.options().isEmpty() ? "" : " " + CsvTables.options(s)))
                        .el("td", score(s.mrr())).el("td", score(s.precisionAt1()))
                        .el("td", score(s.precisionAt10())).el("td", score(s.meanCosine()))
                        .el("td", score(s.coverage())).el("td", Integer.toString(s.fallbackTokens()))
                        .el("td", String.format(Locale.ROOT, "%.2f", s.cpuSeconds()))
                        .el("td", String.format(Locale.ROOT, "%.2f", s.wallSeconds())).raw("</tr>\n");
            }
        }
        h.raw("</table>\n<p class=\"small\">").text(String.format(Locale.ROOT, "Tokenizer %s (%s, %d ids), %d × %d"
                + " rows. Reduced tokenizer checked: %d held-out tokens re-encoded without a held-out id (%d to nothing,"
                + " %d with an unknown piece); %d of %d other tokens encode differently. Full data: reconstruction.csv"
                + " and report.json (reconstruction).", r.tokenizer().getFileName(),
                r.kind().name().toLowerCase(Locale.ROOT), r.vocabularySize(), r.rows(), r.dim(),
                r.check().heldOutEncoded(), r.check().emptyDecompositions(), r.check().unknownDecompositions(),
                r.check().othersChanged(), r.check().othersChecked())).raw("</p>\n");
        for (Plot p : plots) {
            HtmlReport.figure(h, p);
        }
    }

    /// Four decimals, so that a column of shares lines up (`NaN` spelled out).
    private static String score(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.4f", v);
    }
}
