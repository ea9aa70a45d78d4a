package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vwb.common.JobContext;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.report.HeadMode;
import org.vwb.embedinit.report.MatrixReport;

/// The known facts on real trained rows: the 30,522 × 384 word embeddings of all-MiniLM-L6-v2; and, since the
/// base is an encoder, the reconstruction benchmark in the same report by default.
///
/// With `-Dvwb.docsReport=DIR` the report folder is also copied to DIR (how `docs/screenshots/report.png`
/// was made: that report opened in headless Chromium).
class DiagnoseMiniLmTest {
    @TempDir
    Path tmp;

    @Test
    void knownFactsHoldOnTheRealMiniLmEmbedding() throws IOException {
        List<String> kinds = new ArrayList<>();
        String[] order = {"mix", "perdim", "fresh", "near", "mix", "copy", "fresh", "perdim", "mean", "near"};
        for (int round = 0; round < 4; round++) {
            kinds.addAll(List.of(order));
        }
        kinds.add("pad");
        PatchedModels.write("minilm-l6", tmp.resolve("base"), tmp.resolve("patched"), 13, kinds);
        DiagnoseResult r = new Workbench().diagnose(new DiagnoseRequest(tmp.resolve("patched"), tmp.resolve("base"),
                tmp.resolve("report"), 1000, 42, 5, 1000, false)).run(JobContext.silent());
        assertEquals(HeadMode.NONE, r.report().head());
        MatrixReport m = r.report().matrices().get(0);
        assertEquals(30_522, m.oldRows());
        DiagnoseTest.assertKnownFacts(m, kinds);
        assertTrue(r.report().rows().get(kinds.size() - 1).padding());
        assertReconstructionSection(r);
        String docs = System.getProperty("vwb.docsReport");
        if (docs != null) {
            Path target = Path.of(docs);
            org.vwb.common.AtomicFiles.writeDirectory(target, true, dir -> copyTree(r.out(), dir));
        }
    }

    /// An encoder base gets the reconstruction benchmark by default: 200 tokens, the request's seed, the
    /// baselines and fvt, in report.json, reconstruction.csv (one line per method), a plot and report.html.
    private static void assertReconstructionSection(DiagnoseResult r) throws IOException {
        ReconstructionReport rec = r.reconstruction().orElseThrow();
        assertEquals(DiagnoseReconstruction.DEFAULT_HOLDOUT, rec.heldOut().size());
        assertEquals(42, rec.spec().seed());
        assertEquals(List.of(MatrixRole.INPUT), rec.roles());
        List<String> methods = List.of("random", "mean", "multivariate", "fvt");
        assertEquals(methods, rec.scores().stream().map(MethodScore::method).toList());
        MethodScore fvt = rec.scores().get(3);
        MethodScore mean = rec.scores().get(1);
        assertTrue(fvt.mrr() > 2 * mean.mrr(), "fvt rebuilds MiniLM rows far better than their mean: " + rec.scores());

        JsonNode json = new ObjectMapper().readTree(r.out().resolve("report.json").toFile());
        JsonNode section = json.path("reconstruction");
        assertEquals(200, section.path("spec").path("holdout").asInt());
        assertEquals(methods, section.path("results").findValuesAsText("method"));
        assertEquals(fvt.mrr(), section.path("results").get(3).path("mrr").asDouble());
        assertTrue(section.path("results").get(3).path("cpuSeconds").asDouble() >= 0);
        assertEquals("run by default: the base is an encoder (bert family)",
                json.path("parameters").path("reconstruction").asText());

        List<String> csv = Files.readAllLines(r.out().resolve("reconstruction.csv"));
        assertEquals(1 + methods.size(), csv.size(), csv.toString());
        assertTrue(csv.get(4).startsWith("input,fvt,fvt,,false," + fvt.mrr() + ","), csv.get(4));
        assertTrue(r.files().contains("reconstruction.csv") && r.files().contains("plots/reconstruction-input.png"));
        assertTrue(Files.size(r.out().resolve("plots/reconstruction-input.png")) > 1000);

        String html = Files.readString(r.out().resolve("report.html"));
        assertTrue(html.contains("<h2 id=\"reconstruction\">Reconstruction benchmark on the base</h2>"));
        assertTrue(html.contains("<td>fvt</td>") && html.contains("<td>mean (baseline)</td>"));
        assertTrue(html.contains("(plots/reconstruction-input.png)</figcaption>"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
