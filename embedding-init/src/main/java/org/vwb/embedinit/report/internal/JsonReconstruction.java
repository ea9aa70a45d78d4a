package org.vwb.embedinit.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.TreeMap;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.MethodSpec;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.eval.ReconstructionSpec;
import org.vwb.embedinit.eval.ReductionCheck;

/// The `reconstruction` section of `report.json`: the spec the benchmark ran with, what it verified about the
/// reduced tokenizer, the held-out tokens and one result per method and matrix. The field names of the
/// tokenizer, check, held-out and result objects are those of `vwb eval reconstruct --json`.
final class JsonReconstruction {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonReconstruction() {}

    static ObjectNode of(ReconstructionReport r) {
        ObjectNode o = F.objectNode();
        o.put("model", "base").put("tokenizer", r.tokenizer().toString())
                .put("kind", r.kind().name().toLowerCase(Locale.ROOT)).put("vocabularySize", r.vocabularySize())
                .put("rows", r.rows()).put("dim", r.dim());
        o.set("spec", spec(r.spec()));
        o.put("normalTokens", r.normalTokens()).put("eligible", r.eligible());
        ReductionCheck c = r.check();
        o.putObject("check").put("heldOutEncoded", c.heldOutEncoded())
                .put("emptyDecompositions", c.emptyDecompositions())
                .put("unknownDecompositions", c.unknownDecompositions()).put("othersChecked", c.othersChecked())
                .put("othersChanged", c.othersChanged());
        ArrayNode held = o.putArray("heldOut");
        for (NewToken t : r.heldOut()) {
            ArrayNode ids = held.addObject().put("id", t.id()).put("piece", t.piece()).put("text", t.text())
                    .putArray("baseIds");
            for (int id : t.baseIds()) {
                ids.add(id);
            }
        }
        ArrayNode results = o.putArray("results");
        for (MethodScore s : r.scores()) {
            results.add(result(s));
        }
        return o;
    }

    private static ObjectNode spec(ReconstructionSpec s) {
        ObjectNode o = F.objectNode().put("holdout", s.holdout()).put("seed", s.seed());
        ArrayNode methods = o.putArray("methods");
        for (MethodSpec m : s.runOrder()) {
            options(methods.addObject().put("label", m.label()).put("name", m.name())
                    .put("baseline", ReconstructionSpec.isBaseline(m)), m.options());
        }
        o.put("maxMeanCosine", s.maxMeanCosine()).put("wholeWords", s.wholeWords())
                .put("minFrequency", s.minFrequency());
        ArrayNode corpus = o.putArray("corpus");
        s.corpus().forEach(p -> corpus.add(p.toString()));
        return o.put("fallback", s.fallback());
    }

    private static ObjectNode result(MethodScore s) {
        ObjectNode o = F.objectNode().put("method", s.method()).put("strategy", s.strategy());
        options(o, s.options());
        o.put("baseline", s.baseline()).put("role", s.role().label());
        JsonReport.number(o, "mrr", s.mrr());
        JsonReport.number(o, "precisionAt1", s.precisionAt1());
        JsonReport.number(o, "precisionAt10", s.precisionAt10());
        JsonReport.number(o, "meanCosine", s.meanCosine());
        JsonReport.number(o, "coverage", s.coverage());
        o.put("fallbackTokens", s.fallbackTokens());
        JsonReport.number(o, "cpuSeconds", s.cpuSeconds());
        JsonReport.number(o, "wallSeconds", s.wallSeconds());
        return o;
    }

    private static void options(ObjectNode o, java.util.Map<String, String> options) {
        ObjectNode opts = o.putObject("options");
        new TreeMap<>(options).forEach(opts::put);
    }
}
