package org.vwb.embedinit.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.diagnostics.InsideCertificate;
import org.vwb.embedinit.diagnostics.RowVerdict;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.embedinit.report.NewRow;

/// The `tokens` array of `report.json`: per new token, per matrix, its recipe, geometry, hull verdict with
/// distance bounds and the heaviest certificate weights, dominance, and neighbours. Outside certificates'
/// directions (one `d`-vector per row) are left out; their margins are the lower bounds.
final class JsonTokens {
    private JsonTokens() {}

    static ArrayNode tokens(DiagnosticsReport r) {
        ArrayNode out = JsonReport.F.arrayNode();
        for (int k = 0; k < r.rows().size(); k++) {
            NewRow row = r.rows().get(k);
            ObjectNode t = out.addObject().put("id", row.id()).put("token", row.token()).put("padding", row.padding());
            ObjectNode per = t.putObject("matrices");
            for (MatrixReport m : r.matrices()) {
                per.set(m.role().label(), entry(r, m, k));
            }
        }
        return out;
    }

    private static ObjectNode entry(DiagnosticsReport r, MatrixReport m, int k) {
        ObjectNode e = JsonReport.F.objectNode();
        TokenInit t = m.provenance().get(k);
        e.put("strategy", m.method(k)).put("origin", m.origin(k)).put("note", t == null ? "" : t.note());
        ArrayNode sources = e.putArray("sources");
        for (Cells.Item s : Cells.sources(r, t)) {
            sources.addObject().put("id", s.id()).put("token", s.token()).put("weight", s.value());
        }
        e.put("sourceCount", t == null ? 0 : t.sourceIds().length);
        JsonReport.number(e, "norm", m.newNorms()[k]);
        JsonReport.number(e, "cosineToMean", m.newCosToMean()[k]);
        RowVerdict v = m.hull().rows().get(k);
        ObjectNode h = e.putObject("hull").put("verdict", v.verdict().name().toLowerCase(Locale.ROOT))
                .put("decidedBy", v.method().name().toLowerCase(Locale.ROOT)).put("iterations", v.iterations());
        JsonReport.number(h, "distanceLower", v.distanceLower());
        JsonReport.number(h, "distanceUpper", v.distanceUpper());
        JsonReport.number(h, "relativeLower", v.relativeLower());
        JsonReport.number(h, "relativeUpper", v.relativeUpper());
        if (v.inside() != null) {
            h.set("certificate", certificate(r, v.inside()));
        } else if (v.outside() != null) {
            JsonReport.number(h.putObject("certificate").put("kind", "separating direction"), "margin",
                    v.outside().margin());
        }
        if (m.dominance() != null) {
            JsonReport.number(e, "dominance", m.dominance().fractions()[k]);
        }
        ArrayNode nn = e.putArray("neighbours");
        for (Cells.Item n : Cells.neighbours(r, m.neighbours().get(k))) {
            nn.addObject().put("id", n.id()).put("token", n.token()).put("cosine", (float) n.value());
        }
        return e;
    }

    /// The heaviest weights of a convex-weights certificate (all of them would be one per old row for a mean).
    private static ObjectNode certificate(DiagnosticsReport r, InsideCertificate c) {
        ObjectNode o = JsonReport.F.objectNode().put("kind", "convex weights").put("weights", c.ids().length);
        JsonReport.number(o, "residual", c.residual());
        ArrayNode top = o.putArray("heaviest");
        for (Cells.Item s : Cells.heaviest(r, c.ids(), c.weights())) {
            top.addObject().put("id", s.id()).put("token", s.token()).put("weight", s.value());
        }
        return o;
    }
}
