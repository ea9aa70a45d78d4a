package org.vwb.embedinit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.MethodSpec;
import org.vwb.embedinit.eval.ReconstructionBenchmark;
import org.vwb.embedinit.eval.ReconstructionModel;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.eval.ReconstructionSpec;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.TensorView;
import org.vwb.samples.Samples;

/// A report carrying a real reconstruction run (tiny Llama, untied head: two scored matrices) writes the
/// section into every output, and one whose label is markup is escaped.
class ReconstructionSectionTest {
    /// A label that is markup (labels may hold anything but `.`, `=`, `,` and spaces).
    static final String MARKUP_LABEL = "<i>m&x</i>";

    @TempDir
    static Path dir;
    static ReconstructionReport scores;
    static WrittenReport written;

    @BeforeAll
    static void writeOnce() throws Exception {
        Path model = dir.resolve("model");
        Samples.write("tiny-llama-untied-f16", model);
        ReconstructionModel m = new ReconstructionModel(matrix(model, "model.embed_tokens.weight"),
                matrix(model, "lm_head.weight"), model.resolve("tokenizer.model"), LinearAlgebra.get());
        scores = ReconstructionBenchmark.run(m, ReconstructionSpec.of(20, 3, List.of(MethodSpec.of("fvt"),
                new MethodSpec(MARKUP_LABEL, "mean", Map.of())), false), JobContext.silent());
        DiagnosticsReport r = Diagnostics.run(DiagnosticsTest.LA, new Fixture().input(HeadMode.UNTIED,
                DiagnosticsTest.OPTIONS), JobContext.silent()).withReconstruction(scores);
        ReportInfo info = new ReportInfo("9.9-test", "scalar test backend", Map.of(), List.of(), Map.of());
        written = ReportWriter.write(r, info, dir.resolve("report"));
    }

    private static FloatMatrix matrix(Path model, String tensor) throws Exception {
        try (Checkpoint c = Checkpoint.open(model)) {
            TensorView v = c.tensor(tensor);
            return new FloatMatrix(Math.toIntExact(v.rows()), Math.toIntExact(v.columns()), v.toFloatArray());
        }
    }

    @Test
    void csvHasOneLinePerMethodAndMatrixWithTheScores() throws Exception {
        try (Reader in = Files.newBufferedReader(dir.resolve("report/reconstruction.csv"), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertEquals(List.of("matrix", "method", "strategy", "options", "baseline", "mrr", "precision_at_1",
                    "precision_at_10", "mean_cosine", "coverage", "fallback_tokens", "cpu_seconds", "wall_seconds"),
                    p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(2 * 5, rows.size(), "three baselines, fvt and the labelled mean, on two matrices");
            for (int i = 0; i < rows.size(); i++) {
                MethodScore s = scores.scores(i < 5 ? MatrixRole.INPUT : MatrixRole.OUTPUT).get(i % 5);
                assertEquals(s.method(), rows.get(i).get("method"));
                assertEquals(s.role().label(), rows.get(i).get("matrix"));
                assertEquals(s.mrr(), Double.parseDouble(rows.get(i).get("mrr")));
                assertEquals(s.baseline(), Boolean.parseBoolean(rows.get(i).get("baseline")));
            }
        }
    }

    @Test
    void jsonCarriesTheSpecTheHeldOutTokensAndEveryResult() throws Exception {
        JsonNode rec = new ObjectMapper().readTree(dir.resolve("report/report.json").toFile()).path("reconstruction");
        assertEquals(20, rec.path("spec").path("holdout").asInt());
        assertEquals(3, rec.path("spec").path("seed").asInt());
        assertEquals(List.of("random", "mean", "multivariate", "fvt", MARKUP_LABEL),
                rec.path("spec").path("methods").findValuesAsText("label"));
        assertEquals(20, rec.path("heldOut").size());
        assertEquals(10, rec.path("results").size());
        assertEquals("output", rec.path("results").get(1).path("role").asText());
        assertTrue(written.files().contains("reconstruction.csv"));
    }

    @Test
    void htmlHasTheSectionWithEscapedLabelsAndOnePlotPerMatrix() throws Exception {
        String html = Files.readString(dir.resolve("report/report.html"));
        assertTrue(html.contains("<h2 id=\"reconstruction\">"));
        assertFalse(html.contains(MARKUP_LABEL));
        assertTrue(html.contains("<td>&lt;i&gt;m&amp;x&lt;/i&gt;</td>"));
        assertTrue(html.indexOf("plots/reconstruction-output.png") < html.indexOf("<h2>Plots</h2>"),
                "the bar plots sit in the section, not in the grid");
        List<Plot> bars = written.plots().stream().filter(p -> p.name().startsWith("reconstruction-")).toList();
        assertEquals(List.of("reconstruction-input.png", "reconstruction-output.png"),
                bars.stream().map(Plot::name).toList());
        for (Plot p : bars) {
            assertArrayEquals(p.png(), Files.readAllBytes(dir.resolve("report/plots").resolve(p.name())));
        }
    }
}
