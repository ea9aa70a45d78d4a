package org.vwb.embedinit.report.internal;

import java.util.List;
import java.util.Locale;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.diagnostics.RowVerdict;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.embedinit.report.NewRow;

/// The token tables of `report.html`, one per matrix, capped at [#MAX_ROWS] rows (`tokens.csv` has all).
final class HtmlTokens {
    static final int MAX_ROWS = 300;

    private HtmlTokens() {}

    static void table(Html h, DiagnosticsReport r) {
        List<String> methods = Palette.methods(r);
        for (MatrixReport m : r.matrices()) {
            int n = r.rows().size();
            h.el("h2", "New tokens, " + m.role().label() + " matrix" + (n > MAX_ROWS ? " (first " + MAX_ROWS + " of " + n
                    + "; all in tokens.csv)" : ""));
            boolean dom = m.dominance() != null;
            h.raw("<table>").headRow(dom ? new String[] {"id", "token", "strategy", "origin", "recipe (sources, weight)",
                "verdict", "distance ÷ norm [lower, upper]", "norm", "cos to mean", "dominance", "nearest old tokens (cosine)"}
                : new String[] {"id", "token", "strategy", "origin", "recipe (sources, weight)", "verdict",
                    "distance ÷ norm [lower, upper]", "norm", "cos to mean", "nearest old tokens (cosine)"});
            for (int k = 0; k < Math.min(n, MAX_ROWS); k++) {
                row(h, r, m, k, methods, dom);
            }
            h.raw("</table>\n");
        }
    }

    private static void row(Html h, DiagnosticsReport r, MatrixReport m, int k, List<String> methods, boolean dom) {
        NewRow row = r.rows().get(k);
        TokenInit t = m.provenance().get(k);
        RowVerdict v = m.hull().rows().get(k);
        String verdict = v.verdict().name().toLowerCase(Locale.ROOT);
        h.raw("<tr>").el("td", Integer.toString(row.id()));
        h.raw("<td>");
        if (row.padding()) {
            h.raw("<i>padding</i>");
        } else {
            h.raw("<span class=\"tok\">").text(Cells.visible(row.token())).raw("</span>");
        }
        h.raw("</td><td><span class=\"sw\" style=\"background:").raw(Palette.css(Palette.colour(methods.indexOf(m.method(k)))))
                .raw("\"></span>").text(m.method(k)).raw("</td>").el("td", m.origin(k).toLowerCase(Locale.ROOT));
        h.raw("<td class=\"list\">");
        if (t != null) {
            items(h, Cells.sources(r, t), t.sourceIds().length);
        }
        h.raw("</td><td class=\"").raw(verdict).raw("\">").text(verdict + " (" + v.method().name()
                .toLowerCase(Locale.ROOT).replace('_', ' ') + ")").raw("</td>");
        h.el("td", "[" + Cells.number(v.relativeLower()) + ", " + Cells.number(v.relativeUpper()) + "]")
                .el("td", Cells.number(m.newNorms()[k])).el("td", Cells.number(m.newCosToMean()[k]));
        if (dom) {
            h.el("td", Cells.number(m.dominance().fractions()[k]));
        }
        h.raw("<td class=\"list\">");
        items(h, Cells.neighbours(r, m.neighbours().get(k)), 0);
        h.raw("</td></tr>\n");
    }

    private static void items(Html h, List<Cells.Item> items, int total) {
        for (int i = 0; i < items.size(); i++) {
            Cells.Item it = items.get(i);
            h.raw(i == 0 ? "" : " ").raw("<span class=\"tok\">").text(Cells.visible(it.token())).raw("</span>")
                    .text(" " + Cells.number(it.value()));
        }
        if (total > items.size()) {
            h.text(" (+" + (total - items.size()) + " more)");
        }
    }
}
