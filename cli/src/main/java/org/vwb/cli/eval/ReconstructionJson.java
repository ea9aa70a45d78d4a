package org.vwb.cli.eval;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.eval.ReconstructionSpec;
import org.vwb.embedinit.eval.ReductionCheck;

/// The JSON form of `vwb eval reconstruct --json`, built field by field so that names stay stable.
///
/// Format `vwb.reconstruct/1` (one object; field table in `docs/cli.md`): `format`, `tokenizer`, `kind`,
/// `vocabularySize`, `rows`, `dim`, `holdout`, `seed`, `maxMeanCosine`, `wholeWords`, `minFrequency`,
/// `corpus`, `fallback`, `normalTokens`, `eligible`, `check` {`heldOutEncoded`, `emptyDecompositions`,
/// `unknownDecompositions`, `othersChecked`, `othersChanged`}, `heldOut` [{`id`, `piece`, `text`,
/// `baseIds`}], `results` [{`method` (the label), `strategy`, `options`, `baseline`, `role`, `mrr`, `precisionAt1`,
/// `precisionAt10`, `meanCosine`, `coverage`, `fallbackTokens`, `cpuSeconds`, `wallSeconds`}] in run order.
public final class ReconstructionJson {
    /// The format id.
    public static final String FORMAT = "vwb.reconstruct/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReconstructionJson() {
    }

    /// The report as one line of JSON.
    public static String write(ReconstructionReport report) {
        ReconstructionSpec spec = report.spec();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("tokenizer", report.tokenizer().toString());
        root.put("kind", report.kind().name().toLowerCase(java.util.Locale.ROOT));
        root.put("vocabularySize", report.vocabularySize());
        root.put("rows", report.rows());
        root.put("dim", report.dim());
        root.put("holdout", spec.holdout());
        root.put("seed", spec.seed());
        root.put("maxMeanCosine", spec.maxMeanCosine());
        root.put("wholeWords", spec.wholeWords());
        root.put("minFrequency", spec.minFrequency());
        ArrayNode corpus = root.putArray("corpus");
        spec.corpus().forEach(p -> corpus.add(p.toString()));
        root.put("fallback", spec.fallback());
        root.put("normalTokens", report.normalTokens());
        root.put("eligible", report.eligible());
        ReductionCheck c = report.check();
        root.putObject("check").put("heldOutEncoded", c.heldOutEncoded()).put("emptyDecompositions",
                c.emptyDecompositions()).put("unknownDecompositions", c.unknownDecompositions())
                .put("othersChecked", c.othersChecked()).put("othersChanged", c.othersChanged());
        ArrayNode held = root.putArray("heldOut");
        for (NewToken t : report.heldOut()) {
            ObjectNode o = held.addObject().put("id", t.id()).put("piece", t.piece()).put("text", t.text());
            ArrayNode ids = o.putArray("baseIds");
            for (int id : t.baseIds()) {
                ids.add(id);
            }
        }
        ArrayNode results = root.putArray("results");
        for (MethodScore s : report.scores()) {
            ObjectNode o = results.addObject().put("method", s.method()).put("strategy", s.strategy());
            ObjectNode options = o.putObject("options");
            for (Map.Entry<String, String> e : new TreeMap<>(s.options()).entrySet()) {
                options.put(e.getKey(), e.getValue());
            }
            o.put("baseline", s.baseline()).put("role", s.role().label()).put("mrr", s.mrr())
                    .put("precisionAt1", s.precisionAt1()).put("precisionAt10", s.precisionAt10())
                    .put("meanCosine", s.meanCosine()).put("coverage", s.coverage())
                    .put("fallbackTokens", s.fallbackTokens()).put("cpuSeconds", s.cpuSeconds())
                    .put("wallSeconds", s.wallSeconds());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
