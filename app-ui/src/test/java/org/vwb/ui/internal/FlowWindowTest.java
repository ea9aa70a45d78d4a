package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.vwb.common.JobContext;
import org.vwb.core.ExpandSummary;
import org.vwb.core.FertilityRequest;
import org.vwb.core.InitPreview;
import org.vwb.core.Workbench;
import org.vwb.model.ModelSummary;
import org.vwb.vocab.fertility.FertilityReport;

/// The whole flow in the real window: open the sample → mine → select the top rows → merge → init
/// preview → export to a temp folder; the preview rows, the exported folder and the tokens/char figure
/// on screen are checked against the core's own results.
class FlowWindowTest {

    @TempDir
    Path tmp;

    private final WindowFixture fx = new WindowFixture();
    private final FxRobot robot = fx.robot;
    private final Workbench workbench = new Workbench();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws TimeoutException, BackingStoreException {
        fx.tearDown();
    }

    @Test
    void mineSelectPreviewAndExportShowTheCoresResults() throws Exception {
        Stage stage = fx.show();
        fx.openSample();
        ModelSummary baseSummary = fx.window().model().summaryProperty().get();
        Path base = baseSummary.folder();
        MainViewModel main = fx.window().model();
        Path corpus = TestSupport.corpus(tmp);

        // Candidates: mine, select the top 30, merge (the merged tokenizer is what the preview runs on).
        robot.clickOn("Candidates");
        fx.dialogs.corpusFiles = List.of(corpus);
        robot.clickOn("#addCorpus");
        robot.interact(() -> robot.lookup("#mineCount").queryAs(Spinner.class).getValueFactory().setValue(100));
        robot.clickOn("#mine");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !main.candidates().selection().rows().isEmpty());
        robot.interact(() -> robot.lookup("#topN").queryAs(Spinner.class).getValueFactory().setValue(30));
        robot.clickOn("#selectTop");
        fx.dialogs.newFolder = Optional.of(tmp.resolve("merged"));
        robot.clickOn("#merge");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> main.candidates().mergedProperty().get() != null);

        // Initialize: an invalid value is shown inline; then a valid one, and the preview equals the core's.
        robot.clickOn("Initialize");
        InitializeViewModel init = main.initialize();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(tmp.resolve("merged"), init.tokenizerProperty().get());
        robot.interact(() -> init.fields().stream().filter(f -> f.key().equals("weighting")).findFirst().orElseThrow()
                .valueProperty().set("loud"));
        assertTrue(fx.text("#opt-weighting-error").contains("must be one of"), fx.text("#opt-weighting-error"));
        assertTrue(robot.lookup("#runInitPreview").query().isDisabled(), "no preview with an invalid option");
        robot.interact(() -> robot.lookup("#opt-weighting").<ComboBox<String>>query().setValue("length"));
        robot.interact(() -> robot.lookup("#opt-byte-pieces").<ComboBox<String>>query().setValue("keep"));
        robot.interact(() -> robot.lookup("#previewLimit").queryAs(Spinner.class).getValueFactory().setValue(20));
        assertEquals("", init.problemProperty().get());
        robot.clickOn("#runInitPreview");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> init.previewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        InitPreview expected = workbench.previewInit(init.previewRequest()).run(JobContext.silent());
        assertEquals(java.util.Map.of("weighting", "length", "byte-pieces", "keep"), init.previewRequest().options());
        TableView<?> table = robot.lookup("#initPreviewTable").queryAs(TableView.class);
        assertEquals(expected.rows(), List.copyOf(table.getItems()));
        assertEquals(20, table.getItems().size());
        assertEquals(InitializeViewModel.describe(expected), fx.text("#initPreviewInfo"));
        WindowFixture.screenshot(stage, "init.png");
        // The sample's head is untied: the switch shows the lm_head rows the core previewed.
        assertTrue(expected.hasHead());
        robot.interact(() -> robot.lookup("#previewMatrix").<ComboBox<PreviewRows.Matrix>>query()
                .setValue(PreviewRows.Matrix.HEAD));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected.headRows(), List.copyOf(table.getItems()));
        WindowFixture.screenshot(stage, "init-head.png");
        robot.interact(() -> robot.lookup("#previewMatrix").<ComboBox<PreviewRows.Matrix>>query()
                .setValue(PreviewRows.Matrix.INPUT));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected.rows(), List.copyOf(table.getItems()));

        // Export: plan, run, and check the folder the core wrote.
        robot.clickOn("Export");
        Path out = tmp.resolve("exported");
        fx.dialogs.newFolder = Optional.of(out);
        robot.clickOn("#chooseOutput");
        robot.clickOn("#planExport");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !main.export().planRows().isEmpty());
        robot.clickOn("#runExport");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> main.export().outcomeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isDirectory(out));
        ExpandSummary s = main.export().outcomeProperty().get().summary();
        ModelSummary written = workbench.inspect(out).run(JobContext.silent());
        assertEquals(baseSummary.vocabSize() + s.init().newTokens(), written.vocabSize());
        assertEquals(s.added(), s.init().newTokens(), "every piece the merge added got a row");
        assertTrue(s.added() >= 30, "added " + s.added());
        assertTrue(fx.text("#result-verified").startsWith("yes"), fx.text("#result-verified"));
        FertilityReport f = workbench.fertility(new FertilityRequest(base, Optional.of(out), List.of(corpus), 1, 0))
                .run(JobContext.silent());
        assertEquals(SelectionMeasure.figure(f.base().tokensPerCharacter(), f.compare().orElseThrow().tokensPerCharacter()),
                fx.text("#result-tokens-per-char"));
        assertTrue(robot.lookup("#exportResult").queryAs(javafx.scene.layout.GridPane.class).getChildren().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().contains("fvt")));
        WindowFixture.screenshot(stage, "export.png");
        assertTrue(fx.dialogs.errors.isEmpty(), () -> fx.dialogs.headlines + " " + fx.dialogs.errors);
    }
}
