package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.Origin;
import org.vwb.embedinit.ProvenanceCsv;
import org.vwb.embedinit.TokenInit;
import org.vwb.model.ModelFolder;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.TensorView;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.merge.MergeRequest;

/// The init preview and the option check of the GUI's Initialize screen: the preview reports what
/// `vwb init` writes, row by row.
class WorkbenchInitPreviewTest {

    @TempDir
    Path tmp;

    private final Workbench workbench = new Workbench();

    private Path merged(Path model) throws IOException {
        return InitFixtures.merged(workbench, tmp, model);
    }

    private Path sample(String name) throws IOException {
        return InitFixtures.sample(tmp, name);
    }

    @Test
    void previewRowsAreTheRowsInitWritesWithTheirMethodOriginAndNorm() throws Exception {
        Path model = sample("tiny-llama-tied-f32");
        Path tok = merged(model);
        InitPreview p = workbench.previewInit(new InitPreviewRequest(model, tok, "fvt", Map.of(), null, Map.of(),
                "mean", true, 42L, 0)).run(JobContext.silent());
        Path out = tmp.resolve("patched");
        InitSummary s = workbench.init(InitRequest.of(model, tok, "fvt", Map.of(), out)).run(JobContext.silent());
        assertEquals(s.newTokens(), p.rows().size());
        assertEquals(s.byMethod(), p.byMethod());
        assertEquals(s.byOrigin(), p.byOrigin());
        List<TokenInit> written = ProvenanceCsv.read(out.resolve(ProvenanceCsv.FILE_NAME));
        ModelFolder patched = ModelFolder.open(out);
        try (Checkpoint cp = Checkpoint.open(out)) {
            TensorView emb = cp.tensor(patched.layout().embedding().name());
            float[] row = new float[(int) emb.columns()];
            for (int i = 0; i < p.rows().size(); i++) {
                InitPreview.Row r = p.rows().get(i);
                TokenInit w = written.get(i);
                assertEquals(w.id(), r.id());
                assertEquals(w.method(), r.method());
                assertEquals(w.origin().name(), r.origin());
                emb.readRow(r.id(), row);
                double n = 0;
                for (float v : row) {
                    n += (double) v * v;
                }
                assertEquals(Math.sqrt(n), r.norm(), 1e-5, "norm of row " + r.id());
                assertTrue(r.sources().size() <= InitPreview.TOP_SOURCES);
            }
        }
        InitPreview first = workbench.previewInit(new InitPreviewRequest(model, tok, "fvt", Map.of(), null, Map.of(),
                "mean", true, 42L, 5)).run(JobContext.silent());
        assertEquals(p.rows().subList(0, 5), first.rows());
        assertEquals(p.newTokens(), first.newTokens());
    }

    @Test
    void anUntiedHeadGetsItsOwnPreviewRowsMadeByItsMethodAsInitWritesThem() throws Exception {
        Path model = sample("tiny-llama-untied-f16");
        Path tok = merged(model);
        InitPreview p = workbench.previewInit(new InitPreviewRequest(model, tok, "fvt", Map.of(), "mean", Map.of(),
                "mean", true, 42L, 0)).run(JobContext.silent());
        Path out = tmp.resolve("patched");
        workbench.init(new InitRequest(model, tok, "fvt", Map.of(), "mean", Map.of(), "mean", true, 1, 42L, out, false))
                .run(JobContext.silent());
        assertTrue(p.hasHead());
        assertEquals(p.rows().size(), p.headRows().size());
        List<TokenInit> written = ProvenanceCsv.read(out.resolve(ProvenanceCsv.FILE_NAME)).stream()
                .filter(t -> t.role() == org.vwb.embedinit.MatrixRole.OUTPUT).toList();
        ModelFolder patched = ModelFolder.open(out);
        try (Checkpoint cp = Checkpoint.open(out)) {
            TensorView head = cp.tensor(patched.layout().head().orElseThrow().name());
            float[] row = new float[(int) head.columns()];
            for (int i = 0; i < p.headRows().size(); i++) {
                InitPreview.Row r = p.headRows().get(i);
                assertEquals(p.rows().get(i).id(), r.id());
                assertEquals(p.rows().get(i).piece(), r.piece());
                TokenInit w = written.get(i);
                assertEquals(w.id(), r.id());
                assertEquals(w.method(), r.method());
                assertEquals(w.origin().name(), r.origin());
                head.readRow(r.id(), row);
                double n = 0;
                for (float v : row) {
                    n += (double) v * v;
                }
                // The checkpoint holds the row in F16 (11 significant bits).
                assertEquals(Math.sqrt(n), r.norm(), 2e-3 * r.norm() + 1e-6, "head norm of row " + r.id());
            }
        }
        assertTrue(p.headRows().stream().anyMatch(r -> r.method().equals("mean") && !r.fallback()),
                "head rows are made by the head's method: " + p.headRows().stream().map(InitPreview.Row::method).distinct().toList());
        assertTrue(p.rows().stream().anyMatch(r -> r.method().equals("fvt")), "input rows by the input's method");

        InitPreview same = workbench.previewInit(new InitPreviewRequest(model, tok, "fvt", Map.of(), null, Map.of(),
                "mean", true, 42L, 0)).run(JobContext.silent());
        assertEquals(same.rows().stream().map(InitPreview.Row::method).toList(),
                same.headRows().stream().map(InitPreview.Row::method).toList(), "without a head method, the input's");
        Path tiedModel = sample("tiny-llama-tied-f32");
        InitPreview tied = workbench.previewInit(new InitPreviewRequest(tiedModel, merged(tiedModel), "fvt", Map.of(),
                null, Map.of(), "mean", true, 42L, 3)).run(JobContext.silent());
        assertFalse(tied.hasHead(), "a tied model has no separate head rows");
    }

    @Test
    void checkInitOptionsNamesTheBadOptionAndAcceptsGoodOnes() {
        assertTrue(workbench.checkInitOptions("fvt", Map.of("weighting", "length")).isEmpty());
        String bad = workbench.checkInitOptions("fvt", Map.of("weighting", "loud")).orElseThrow();
        assertTrue(bad.contains("weighting"), bad);
        assertTrue(workbench.checkInitOptions("nosuch", Map.of()).orElseThrow().contains("nosuch"));
    }

    @Test
    void writeCandidatesWritesACsvTheMergeReads() throws Exception {
        Path model = sample("tiny-llama-tied-f32");
        Path csv = tmp.resolve("sel.csv");
        workbench.writeCandidates(List.of(new CandidateEntry(1, "中文", "中文", 3, 2, "", "", List.of())), csv);
        var report = workbench.mergeTokenizer(new MergeRequest(model, csv, 1, tmp.resolve("tok"), List.of()))
                .run(JobContext.silent());
        assertTrue(report.added() >= 1, "added " + report.added());
    }
}
