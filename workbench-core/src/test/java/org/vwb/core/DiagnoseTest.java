package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.diagnostics.HullMethod;
import org.vwb.embedinit.diagnostics.HullVerdict;
import org.vwb.embedinit.diagnostics.RowVerdict;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.safetensors.SafetensorsFile;
import org.vwb.safetensors.TensorInfo;
import org.vwb.samples.SyntheticModelSpec;
import org.vwb.samples.SyntheticModels;

class DiagnoseTest {
    @TempDir
    Path tmp;

    private final Workbench workbench = new Workbench();

    private DiagnoseResult diagnose(Path patched, Path base, Path out) throws IOException {
        return workbench.diagnose(new DiagnoseRequest(patched, base, out, 300, 7, 3, 500, false))
                .run(JobContext.silent());
    }

    @Test
    void knownFactsOnATiedF32SampleThroughTheReport() throws IOException {
        PatchedModels.write("tiny-llama-tied-f32", tmp.resolve("base"), tmp.resolve("patched"), 3);
        DiagnoseResult r = diagnose(tmp.resolve("patched"), tmp.resolve("base"), tmp.resolve("report"));
        assertEquals(1, r.report().matrices().size());
        MatrixReport m = r.report().matrices().get(0);
        assertKnownFacts(m);
        assertNotNull(m.dominance(), "a tied model's input rows are its head");
        assertEquals("新词" + (char) ('\u4E00'), r.report().rows().get(0).token());
        assertTrue(r.report().rows().get(PatchedModels.KINDS.size() - 1).padding(), "the last row is beyond the tokenizer");
        assertEquals(1000, r.report().rows().get(0).id());

        JsonNode json = new ObjectMapper().readTree(r.out().resolve("report.json").toFile());
        JsonNode hull = json.path("summary").path("matrices").get(0).path("hull");
        assertEquals(m.hull().count(HullVerdict.INSIDE), hull.path("inside").asLong());
        assertEquals(m.hull().count(HullVerdict.OUTSIDE), hull.path("outside").asLong());
        assertTrue(json.path("tool").path("version").asText().matches("\\d+\\.\\d+.*"), json.path("tool").toString());
        List<String> hashed = json.path("hashes").findValuesAsText("part");
        assertTrue(hashed.contains("tensor:model.embed_tokens.weight") && hashed.contains("safetensors-header")
                && hashed.contains("file"), hashed.toString());
        assertTrue(json.path("hashes").findValuesAsText("file").contains("vwb-init-rows.csv"));
        assertEquals(Files.readAllLines(r.out().resolve("tokens.csv")).size(), 1 + PatchedModels.KINDS.size());
        String html = Files.readString(r.out().resolve("report.html"));
        assertTrue(html.contains("&lt;b&gt;&amp;x&quot;新&#39;&lt;/b&gt;"), "the markup token is escaped");
        assertFalse(html.contains("<b>&x"));
        assertEquals(4, r.plots().size());
        for (var p : r.plots()) {
            assertTrue(Files.size(r.out().resolve("plots").resolve(p.name())) > 1000, p.name());
        }
        // a decoder base: no reconstruction benchmark unless asked
        assertTrue(r.reconstruction().isEmpty());
        assertTrue(json.path("reconstruction").isNull(), json.path("reconstruction").toString());
        assertTrue(json.path("parameters").path("reconstruction").asText()
                .startsWith("not run: off by default for a llama-family base"));
        assertFalse(Files.exists(r.out().resolve("reconstruction.csv")));
        assertFalse(html.contains("id=\"reconstruction\""));
    }

    @Test
    void aDecoderGetsTheReconstructionSectionWhenAsked() throws IOException {
        PatchedModels.write("tiny-llama-tied-f32", tmp.resolve("base"), tmp.resolve("patched"), 3);
        WorkbenchTest.RecordingSink sink = new WorkbenchTest.RecordingSink();
        DiagnoseRequest request = new DiagnoseRequest(tmp.resolve("patched"), tmp.resolve("base"), tmp.resolve("report"),
                300, 7, 3, 500, false).withReconstruction(DiagnoseReconstruction.on(40, List.of("fvt"), Map.of()));
        DiagnoseResult r = workbench.diagnose(request).run(new JobContext(sink, new org.vwb.common.Cancellation()));
        ReconstructionReport rec = r.reconstruction().orElseThrow();
        assertEquals(40, rec.heldOut().size());
        assertEquals(7, rec.spec().seed(), "seeded with the diagnosis seed");
        assertEquals(List.of("random", "mean", "multivariate", "fvt"),
                rec.scores().stream().map(MethodScore::method).toList());
        assertTrue(sink.stages.contains(DiagnoseBenchmark.STAGE), sink.stages.toString());
        assertTrue(sink.stages.contains("reconstruction: method fvt (4/4)"), sink.stages.toString());
        assertTrue(sink.stages.indexOf(DiagnoseBenchmark.STAGE) < sink.stages.indexOf(DiagnoseJob.WRITING));
        assertEquals(5, Files.readAllLines(r.out().resolve("reconstruction.csv")).size());
        assertEquals(5, r.plots().size());
        JsonNode json = new ObjectMapper().readTree(r.out().resolve("report.json").toFile());
        assertEquals(4, json.path("reconstruction").path("results").size());
        assertEquals(40, json.path("reconstruction").path("heldOut").size());
        assertEquals("requested", json.path("parameters").path("reconstruction").asText());
        assertTrue(Files.readString(r.out().resolve("report.html")).contains("id=\"reconstruction\""));
    }

    @Test
    void anUnknownReconstructionMethodFailsBeforeAnyWork() {
        WorkbenchTest.RecordingSink sink = new WorkbenchTest.RecordingSink();
        DiagnoseRequest request = DiagnoseRequest.of(tmp.resolve("no-patched"), tmp.resolve("no-base"),
                tmp.resolve("report")).withReconstruction(DiagnoseReconstruction.on(40, List.of("fvt", "nope"), Map.of()));
        InitInputException e = assertThrows(InitInputException.class,
                () -> workbench.diagnose(request).run(new JobContext(sink, new org.vwb.common.Cancellation())));
        assertTrue(e.getMessage().startsWith("unknown method 'nope'; known: "), e.getMessage());
        assertEquals(List.of(), sink.stages, "no stage began: the models were not even opened");
        assertFalse(Files.exists(tmp.resolve("report")));
    }

    @Test
    void reconstructionChoicesAreValidatedWhenMade() {
        IllegalArgumentException options = assertThrows(IllegalArgumentException.class,
                () -> DiagnoseReconstruction.on(40, List.of("fvt"), Map.of("wechsel", Map.of("neighbors", "5"))));
        assertTrue(options.getMessage().contains("'wechsel', which is not run"), options.getMessage());
        IllegalArgumentException holdout = assertThrows(IllegalArgumentException.class,
                () -> DiagnoseReconstruction.on(0, List.of("fvt"), Map.of()));
        assertTrue(holdout.getMessage().contains("holdout must be at least 1"), holdout.getMessage());
        assertTrue(DiagnoseReconstruction.auto().runsFor(true));
        assertFalse(DiagnoseReconstruction.auto().runsFor(false));
        assertFalse(DiagnoseReconstruction.off().runsFor(true));
        assertEquals(DiagnoseReconstruction.auto(), DiagnoseRequest.of(tmp, tmp, tmp).reconstruction());
    }

    @Test
    void knownFactsOnBothMatricesOfAnUntiedBf16ShardedSample() throws IOException {
        PatchedModels.write("tiny-llama-sharded-bf16", tmp.resolve("base"), tmp.resolve("patched"), 4);
        DiagnoseResult r = diagnose(tmp.resolve("patched"), tmp.resolve("base"), tmp.resolve("report"));
        assertEquals(2, r.report().matrices().size());
        for (MatrixReport m : r.report().matrices()) {
            assertKnownFacts(m);
        }
        assertNull(r.report().matrices().get(0).dominance());
        double[] wins = r.report().matrices().get(1).dominance().fractions();
        assertEquals(0.0, wins[0], "a mixture is inside the hull: it never wins the argmax");
        assertEquals(8, r.plots().size());
    }

    private static void assertKnownFacts(MatrixReport m) {
        assertKnownFacts(m, PatchedModels.KINDS);
    }

    /// mix, copy and mean certified by their recipe; N(μ, 1e-5·Σ) inside; per-dimension and fresh draws outside.
    static void assertKnownFacts(MatrixReport m, List<String> kinds) {
        for (int k = 0; k < kinds.size(); k++) {
            String kind = kinds.get(k);
            RowVerdict v = m.hull().rows().get(k);
            String where = m.role() + " row " + k + " (" + kind + "): " + v;
            switch (kind) {
                case "mix", "copy", "mean" -> {
                    assertEquals(HullVerdict.INSIDE, v.verdict(), where);
                    assertEquals(HullMethod.RECORDED_MIXTURE, v.method(), where);
                }
                case "near" -> assertEquals(HullVerdict.INSIDE, v.verdict(), where);
                case "pad" -> assertTrue(v.distanceLower() <= v.distanceUpper(), where);
                default -> {
                    assertEquals(HullVerdict.OUTSIDE, v.verdict(), where);
                    assertTrue(v.distanceLower() > 0, where);
                }
            }
        }
    }

    @Test
    void aPatchedModelWhoseOldRowsDifferIsRefusedNamingTensorAndRow() throws IOException {
        PatchedModels.write("tiny-llama-tied-f32", tmp.resolve("base"), tmp.resolve("patched"), 3);
        Path file = tmp.resolve("patched/model.safetensors");
        long offset;
        try (SafetensorsFile f = SafetensorsFile.open(file)) {
            TensorInfo t = f.header().tensors().stream().filter(x -> x.name().equals("model.embed_tokens.weight"))
                    .findFirst().orElseThrow();
            offset = f.header().dataStart() + t.begin() + (17L * 64 + 3) * 4;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {0, 0, 0, 0x3F}), offset); // 0.5f, little-endian
        }
        ModelExtensionException e = assertThrows(ModelExtensionException.class,
                () -> diagnose(tmp.resolve("patched"), tmp.resolve("base"), tmp.resolve("report")));
        assertEquals(ModelExtensionException.Reason.OLD_ROWS_DIFFER, e.reason());
        assertTrue(e.getMessage().contains("'model.embed_tokens.weight' row 17")
                && e.getMessage().contains("column 3") && e.getMessage().contains("found 0.5"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("report")), "nothing written");
        assertEquals("OLD_ROWS_DIFFER", BadInput.of(e).orElseThrow().reason());
    }

    @Test
    void mismatchedWidthsAreRefused() throws IOException {
        SyntheticModels.write(SyntheticModelSpec.defaults().withShape(32, 2, 64, 4, 2), tmp.resolve("narrow"));
        PatchedModels.write("tiny-llama-tied-f32", tmp.resolve("base"), tmp.resolve("patched"), 3);
        ModelExtensionException e = assertThrows(ModelExtensionException.class,
                () -> diagnose(tmp.resolve("patched"), tmp.resolve("narrow"), tmp.resolve("report")));
        assertEquals(ModelExtensionException.Reason.DIMENSION_MISMATCH, e.reason());
        assertTrue(e.getMessage().contains("width 64") && e.getMessage().contains("width 32"), e.getMessage());
    }

    @Test
    void aModelIsNotAnExtensionOfItselfNorOfAnotherDtypeOrHead() throws IOException {
        PatchedModels.write("tiny-llama-tied-f32", tmp.resolve("base"), tmp.resolve("patched"), 3);
        ModelExtensionException e = assertThrows(ModelExtensionException.class,
                () -> diagnose(tmp.resolve("base"), tmp.resolve("base"), tmp.resolve("report")));
        assertEquals(ModelExtensionException.Reason.NO_NEW_ROWS, e.reason());
        Path bf16 = tmp.resolve("bf16");
        org.vwb.samples.Samples.write("tiny-llama-untied-bf16", bf16);
        ModelExtensionException dtype = assertThrows(ModelExtensionException.class,
                () -> diagnose(tmp.resolve("patched"), bf16, tmp.resolve("report")));
        assertEquals(ModelExtensionException.Reason.DTYPE_MISMATCH, dtype.reason(), dtype.getMessage());
        Path untied = tmp.resolve("untied");
        SyntheticModels.write(SyntheticModelSpec.defaults().withTied(false), untied);
        ModelExtensionException head = assertThrows(ModelExtensionException.class,
                () -> diagnose(tmp.resolve("patched"), untied, tmp.resolve("report")));
        assertEquals(ModelExtensionException.Reason.HEAD_MISMATCH, head.reason(), head.getMessage());
        assertTrue(head.getMessage().contains("head is tied but the base's head is untied"), head.getMessage());
    }

    @Test
    void anExistingReportFolderIsKeptUnlessOverwriting() throws IOException {
        PatchedModels.write("tiny-llama-tied-f32", tmp.resolve("base"), tmp.resolve("patched"), 3);
        Path out = Files.createDirectories(tmp.resolve("report"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        assertThrows(FileAlreadyExistsException.class, () -> diagnose(tmp.resolve("patched"), tmp.resolve("base"), out));
        assertTrue(Files.exists(out.resolve("keep.txt")));
        workbench.diagnose(new DiagnoseRequest(tmp.resolve("patched"), tmp.resolve("base"), out, 300, 7, 3, 500, true))
                .run(JobContext.silent());
        assertFalse(Files.exists(out.resolve("keep.txt")));
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    @Test
    void cancelledBeforeWritingLeavesNothing() throws IOException {
        PatchedModels.write("tiny-llama-tied-f32", tmp.resolve("base"), tmp.resolve("patched"), 3);
        WorkbenchTest.RecordingSink sink = new WorkbenchTest.RecordingSink();
        org.vwb.common.Cancellation cancel = new org.vwb.common.Cancellation();
        JobContext ctx = new JobContext(new org.vwb.common.ProgressSink() {
            @Override
            public void begin(String stage, long total) {
                sink.begin(stage, total);
                if (stage.contains("convex hull")) {
                    cancel.request();
                }
            }

            @Override
            public void advance(long units) {
            }
        }, cancel);
        DiagnoseRequest request = new DiagnoseRequest(tmp.resolve("patched"), tmp.resolve("base"), tmp.resolve("report"),
                300, 7, 3, 500, false);
        assertThrows(JobCancelledException.class, () -> workbench.diagnose(request).run(ctx));
        assertFalse(Files.exists(tmp.resolve("report")));
        assertEquals(List.of(DiagnoseJob.OPENING, DiagnoseJob.COMPARING, DiagnoseJob.READING), sink.stages.subList(0, 3));
    }
}
