package org.vwb.embedinit.report.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vwb.embedinit.diagnostics.HullMethod;
import org.vwb.embedinit.diagnostics.HullOptions;
import org.vwb.embedinit.diagnostics.HullVerdict;
import org.vwb.embedinit.report.DiagnosticsOptions;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.InputHash;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.embedinit.report.Projection;
import org.vwb.embedinit.report.ReportInfo;
import org.vwb.embedinit.report.ReportWriter;
import org.vwb.embedinit.report.StrategySummary;

/// `report.json`: the run's provenance (tool, backend, inputs and their hashes, parameters), the summary
/// per matrix and strategy, one entry per new token ([JsonTokens]), the projection coordinates and the
/// reconstruction benchmark of the base ([JsonReconstruction]; `null` when it was not run).
/// Non-finite numbers are written as `null`.
public final class JsonReport {
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonReport() {}

    /// Writes the file.
    public static void write(DiagnosticsReport r, ReportInfo info, List<String> files, Path file) throws IOException {
        ObjectNode root = F.objectNode();
        root.put("format", ReportWriter.FORMAT);
        root.putObject("tool").put("name", "vwb").put("version", info.toolVersion()).put("backend", info.backend());
        root.set("parameters", parameters(r.options(), info.parameters()));
        ObjectNode inputs = root.putObject("inputs");
        info.models().forEach((name, facts) -> inputs.set(name, objectOf(facts)));
        ArrayNode hashes = root.putArray("hashes");
        for (InputHash h : info.hashes()) {
            hashes.addObject().put("model", h.model()).put("file", h.file()).put("part", h.part())
                    .put("bytes", h.bytes()).put("sha256", h.sha256());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("newRows", r.rows().size()).put("paddingRows", r.paddingRows())
                .put("head", r.head().name().toLowerCase(Locale.ROOT));
        ArrayNode matrices = summary.putArray("matrices");
        for (MatrixReport m : r.matrices()) {
            matrices.add(matrix(m));
        }
        ArrayNode strategies = root.putArray("strategies");
        for (StrategySummary s : r.strategies()) {
            strategies.add(strategy(s));
        }
        root.set("tokens", JsonTokens.tokens(r));
        ObjectNode projections = root.putObject("projections");
        for (MatrixReport m : r.matrices()) {
            projections.set(m.role().label(), projection(m.projection()));
        }
        root.set("reconstruction", r.reconstruction().<com.fasterxml.jackson.databind.JsonNode>map(JsonReconstruction::of)
                .orElse(F.nullNode()));
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        ArrayNode fileList = root.putArray("files");
        files.forEach(fileList::add);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    private static ObjectNode parameters(DiagnosticsOptions o, Map<String, Object> extra) {
        ObjectNode p = F.objectNode();
        p.put("sample", o.sample()).put("seed", o.seed()).put("neighbours", o.neighbours())
                .put("directions", o.directions());
        HullOptions h = o.hull();
        p.putObject("hull").put("relativeTolerance", h.relativeTolerance()).put("maxIterations", h.maxIterations())
                .put("batchSize", h.batchSize()).put("screenAxes", h.screenAxes()).put("eigenFloor", h.eigenFloor())
                .put("mixtureSumTolerance", h.mixtureSumTolerance());
        extra.forEach((k, v) -> p.set(k, value(v)));
        return p;
    }

    private static ObjectNode matrix(MatrixReport m) {
        ObjectNode o = F.objectNode();
        o.put("matrix", m.role().label()).put("oldRows", m.oldRows()).put("newRows", m.newNorms().length)
                .put("dim", m.dim());
        o.set("norms", F.objectNode().<ObjectNode>set("old", stats(m.oldNorms())).set("new", stats(m.newNorms())));
        o.set("cosineToMean", F.objectNode().<ObjectNode>set("old", stats(m.oldCosToMean()))
                .set("new", stats(m.newCosToMean())));
        ObjectNode hull = o.putObject("hull");
        for (HullVerdict v : HullVerdict.values()) {
            hull.put(v.name().toLowerCase(Locale.ROOT), m.hull().count(v));
        }
        ObjectNode by = hull.putObject("decidedBy");
        for (HullMethod method : HullMethod.values()) {
            by.put(method.name().toLowerCase(Locale.ROOT), m.hull().count(method));
        }
        number(hull, "medianOldNorm", m.hull().medianBaseNorm());
        number(hull, "tolerance", m.hull().tolerance());
        if (m.dominance() != null) {
            double[] f = m.dominance().fractions();
            long winners = java.util.Arrays.stream(f).filter(x -> x > 0).count();
            ObjectNode d = o.putObject("dominance").put("directions", m.dominance().directions())
                    .put("seed", m.dominance().seed()).put("rowsThatWinSomeDirection", winners);
            number(d, "maxFraction", java.util.Arrays.stream(f).max().orElse(0));
            number(d, "meanFraction", Geometry.mean(f));
        }
        ArrayNode ex = o.putObject("projection").put("sampleSize", m.projection().sampleIds().length)
                .putArray("explained");
        for (double e : m.projection().explained()) {
            ex.add(e);
        }
        return o;
    }

    static ObjectNode stats(double[] v) {
        ObjectNode o = F.objectNode();
        number(o, "min", Geometry.quantile(v, 0));
        number(o, "p05", Geometry.quantile(v, 0.05));
        number(o, "median", Geometry.median(v));
        number(o, "mean", Geometry.mean(v));
        number(o, "p95", Geometry.quantile(v, 0.95));
        number(o, "max", Geometry.quantile(v, 1));
        return o;
    }

    private static ObjectNode strategy(StrategySummary s) {
        ObjectNode o = F.objectNode().put("matrix", s.role()).put("strategy", s.method()).put("rows", s.rows());
        ObjectNode origins = o.putObject("origins");
        s.origins().forEach(origins::put);
        number(o, "medianNorm", s.medianNorm());
        number(o, "meanCosineToMean", s.meanCosineToMean());
        o.put("inside", s.inside()).put("outside", s.outside()).put("undecided", s.undecided());
        number(o, "medianRelativeLower", s.medianRelativeLower());
        number(o, "medianRelativeUpper", s.medianRelativeUpper());
        number(o, "meanTopCosine", s.meanTopCosine());
        number(o, "meanDominance", s.meanDominance());
        return o;
    }

    private static ObjectNode projection(Projection p) {
        ObjectNode o = F.objectNode();
        ArrayNode ids = o.putArray("sampleIds");
        for (int id : p.sampleIds()) {
            ids.add(id);
        }
        o.set("old", pairs(p.oldX(), p.oldY()));
        o.set("new", pairs(p.newX(), p.newY()));
        return o;
    }

    private static ArrayNode pairs(double[] x, double[] y) {
        ArrayNode a = F.arrayNode();
        for (int i = 0; i < x.length; i++) {
            a.addArray().add((float) x[i]).add((float) y[i]);
        }
        return a;
    }

    static void number(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }

    private static ObjectNode objectOf(Map<String, Object> facts) {
        ObjectNode o = F.objectNode();
        facts.forEach((k, v) -> o.set(k, value(v)));
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode value(Object v) {
        return switch (v) {
            case null -> F.nullNode();
            case Boolean b -> F.booleanNode(b);
            case Integer i -> F.numberNode(i);
            case Long l -> F.numberNode(l);
            case Double d -> Double.isFinite(d) ? F.numberNode(d) : F.nullNode();
            case List<?> list -> {
                ArrayNode a = F.arrayNode();
                list.forEach(x -> a.add(value(x)));
                yield a;
            }
            default -> F.textNode(v.toString());
        };
    }
}
