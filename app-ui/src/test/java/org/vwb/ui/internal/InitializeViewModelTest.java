package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.core.InitPreview;
import org.vwb.core.InitPreviewRequest;
import org.vwb.core.SampleRequest;
import org.vwb.core.Workbench;
import org.vwb.vocab.merge.MergeRequest;

/// The Initialize screen's validation and request building, with jobs run on the test thread.
class InitializeViewModelTest {

    @TempDir
    Path tmp;

    private final Workbench workbench = new Workbench();
    private final TestSupport.SyncRunner runner = new TestSupport.SyncRunner();
    private final TestSupport.ScriptedDialogs dialogs = new TestSupport.ScriptedDialogs();
    private final InitializeViewModel model = new InitializeViewModel(workbench, runner, dialogs);

    private OptionField field(String key) {
        return model.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void startsWithFvtAndItsDefaultsWhichAreValid() {
        assertEquals("fvt", model.methodProperty().get());
        assertFalse(model.fields().isEmpty());
        assertEquals("", model.problemProperty().get());
        assertEquals(Map.of(), model.method().options(), "defaults are not written out");
    }

    @Test
    void aChoiceOutsideItsListIsShownOnTheFieldAndBlocksThePreview() {
        model.modelOpened(tmp, false);
        model.tokenizerProperty().set(tmp);
        field("weighting").valueProperty().set("loud");
        assertTrue(field("weighting").errorProperty().get().contains("must be one of"), field("weighting").errorProperty().get());
        assertEquals(field("weighting").errorProperty().get(), model.problemProperty().get());
        IllegalStateException e = assertThrows(IllegalStateException.class, model::previewRequest);
        assertTrue(e.getMessage().contains("weighting"), e.getMessage());
        model.runPreview();
        assertEquals(List.of("Cannot preview yet."), dialogs.headlines);
        assertTrue(runner.titles.isEmpty(), "no job for invalid options");
        dialogs.headlines.clear();
    }

    @Test
    void typesAndRequiredOptionsAreCheckedPerField() {
        model.methodProperty().set("ofa");
        assertEquals("vectors is required", field("vectors").errorProperty().get());
        assertEquals("vectors is required", model.problemProperty().get());
        field("vectors").valueProperty().set(tmp.resolve("v.vec").toString());
        field("neighbors").valueProperty().set("ten");
        assertEquals("neighbors must be a whole number, found 'ten'", model.problemProperty().get());
        field("neighbors").valueProperty().set("12");
        field("temperature").valueProperty().set("x");
        assertEquals("temperature must be a number, found 'x'", model.problemProperty().get());
    }

    @Test
    void aValueOnlyTheStrategyRejectsShowsTheCoresMessage() {
        model.methodProperty().set("blend");
        field("a").valueProperty().set("fvt");
        field("b").valueProperty().set("mean");
        assertEquals("", model.problemProperty().get());
        field("weight").valueProperty().set("2");
        String expected = workbench.checkInitOptions("blend", Map.of("a", "fvt", "b", "mean", "weight", "2")).orElseThrow();
        assertEquals(expected, model.problemProperty().get());
    }

    @Test
    void theHeadGetsItsOwnStrategyOnlyOnAnUntiedModel() {
        model.modelOpened(tmp, true);
        model.tokenizerProperty().set(tmp.resolve("tok"));
        field("weighting").valueProperty().set("length");
        model.headMethodProperty().set("mean");
        model.limitProperty().set(7);
        InitPreviewRequest r = model.previewRequest();
        assertEquals(new InitPreviewRequest(tmp, tmp.resolve("tok"), "fvt", Map.of("weighting", "length"), "mean",
                Map.of(), "mean", true, 42L, 7), r);
        model.modelOpened(tmp, false);
        assertEquals(InitializeViewModel.SAME, model.headMethodProperty().get());
        assertNull(model.head());
    }

    @Test
    void thePreviewShowsTheCoresRowsForTheSameRequest() throws Exception {
        Path base = workbench.writeSample(new SampleRequest("tiny-llama-untied-bf16", tmp.resolve("llama"))).run(JobContext.silent());
        Path csv = java.nio.file.Files.write(tmp.resolve("c.csv"), List.of("中文,5,4,,", "学生,4,3,,", "老师,3,2,,"));
        Path tok = tmp.resolve("tok");
        workbench.mergeTokenizer(new MergeRequest(base, csv, 3, tok, List.of())).run(JobContext.silent());
        model.modelOpened(base, true);
        model.tokenizerProperty().set(tok);
        model.limitProperty().set(0);
        model.runPreview();
        InitPreview expected = workbench.previewInit(model.previewRequest()).run(JobContext.silent());
        assertEquals(expected.rows(), model.rows());
        assertFalse(model.rows().isEmpty());
        assertEquals(InitializeViewModel.describe(expected), model.previewInfoProperty().get());
        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.headlines.toString());
    }

    @Test
    void anUntiedModelsPreviewSwitchesToTheHeadRowsMadeByTheHeadsStrategy() throws Exception {
        Path base = workbench.writeSample(new SampleRequest("tiny-llama-untied-bf16", tmp.resolve("llama"))).run(JobContext.silent());
        Path csv = java.nio.file.Files.write(tmp.resolve("c.csv"), List.of("中文,5,4,,", "学生,4,3,,", "老师,3,2,,"));
        Path tok = tmp.resolve("tok");
        workbench.mergeTokenizer(new MergeRequest(base, csv, 3, tok, List.of())).run(JobContext.silent());
        model.modelOpened(base, true);
        model.tokenizerProperty().set(tok);
        model.headMethodProperty().set("mean");
        model.limitProperty().set(0);
        model.runPreview();
        InitPreview expected = workbench.previewInit(model.previewRequest()).run(JobContext.silent());
        assertEquals("mean", model.previewRequest().headMethod());
        assertTrue(model.preview().hasHeadProperty().get());
        assertEquals(PreviewRows.Matrix.INPUT, model.preview().matrixProperty().get());
        assertEquals(expected.rows(), model.rows());

        model.preview().matrixProperty().set(PreviewRows.Matrix.HEAD);
        assertEquals(expected.headRows(), model.rows());
        assertFalse(model.rows().isEmpty());
        assertTrue(model.rows().stream().allMatch(r -> r.method().equals("mean")), model.rows().toString());
        assertTrue(model.previewInfoProperty().get().contains("; lm_head: by method: mean " + expected.headRows().size()),
                model.previewInfoProperty().get());
        model.preview().matrixProperty().set(PreviewRows.Matrix.INPUT);
        assertEquals(expected.rows(), model.rows());

        // Another model: no preview, no head switch, the hint again.
        model.preview().matrixProperty().set(PreviewRows.Matrix.HEAD);
        model.modelOpened(tmp, false);
        assertTrue(model.rows().isEmpty());
        assertFalse(model.preview().hasHeadProperty().get());
        assertEquals(PreviewRows.Matrix.INPUT, model.preview().matrixProperty().get());
        assertTrue(model.previewInfoProperty().get().startsWith("No preview yet"), model.previewInfoProperty().get());
        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.headlines.toString());
    }
}
