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
import javafx.scene.control.TextField;
import javafx.geometry.Point2D;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.vwb.common.JobContext;
import org.vwb.core.DiagnoseRequest;
import org.vwb.core.DiagnoseResult;
import org.vwb.core.ExpandSummary;
import org.vwb.core.FertilityRequest;
import org.vwb.core.InitPreview;
import org.vwb.core.Workbench;
import org.vwb.model.ModelSummary;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.diagnostics.HullVerdict;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.vocab.fertility.FertilityReport;

/// The whole flow in the real window: open the sample → mine → select the top rows → merge → init
/// preview → diagnostics (compare strategies, try the settings) → export to a temp folder → diagnostics
/// of the exported folder; the preview rows, the scores, the verdicts and neighbours, the exported folder
/// and the tokens/char figure on screen are checked against the core's own results.
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

        // Diagnostics before writing anything: compare strategies on the base, and try the Initialize settings.
        robot.clickOn("Diagnostics");
        compareStrategies(main);
        robot.clickOn("#tryInitialize");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> main.diagnostics().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int trialRows = robot.lookup("#hullTable").queryAs(TableView.class).getItems().size();
        assertTrue(main.diagnostics().rows().stream().allMatch(r -> r.strategy().equals("fvt")), "the Initialize strategy made the rows");

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
        assertEquals(s.added(), trialRows, "the trial diagnosed a row per merged piece");
        assertTrue(fx.text("#result-verified").startsWith("yes"), fx.text("#result-verified"));
        FertilityReport f = workbench.fertility(new FertilityRequest(base, Optional.of(out), List.of(corpus), 1, 0))
                .run(JobContext.silent());
        assertEquals(SelectionMeasure.figure(f.base().tokensPerCharacter(), f.compare().orElseThrow().tokensPerCharacter()),
                fx.text("#result-tokens-per-char"));
        assertTrue(robot.lookup("#exportResult").queryAs(javafx.scene.layout.GridPane.class).getChildren().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().contains("fvt")));
        WindowFixture.screenshot(stage, "export.png");

        // Diagnostics of the exported folder (Export's output is taken as the patched folder).
        robot.clickOn("Diagnostics");
        diagnoseExported(stage, main, base, out);
        assertTrue(fx.dialogs.errors.isEmpty(), () -> fx.dialogs.headlines + " " + fx.dialogs.errors);
    }

    private void compareStrategies(MainViewModel main) throws Exception {
        robot.interact(() -> robot.lookup("#compareHoldout").queryAs(TextField.class).setText("x"));
        assertTrue(fx.text("#compareProblem").startsWith("Held-out tokens must be a whole number"), fx.text("#compareProblem"));
        assertTrue(robot.lookup("#runCompare").query().isDisabled());
        robot.interact(() -> robot.lookup("#compareHoldout").queryAs(TextField.class).setText("30"));
        robot.clickOn("#runCompare");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> main.compare().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ReconstructionReport expected = workbench.reconstruct(main.compare().request()).run(JobContext.silent());
        TableView<?> table = robot.lookup("#compareTable").queryAs(TableView.class);
        List<MethodScore> input = expected.scores(MatrixRole.INPUT);
        assertEquals(input.size(), table.getItems().size());
        for (int i = 0; i < input.size(); i++) {
            MethodScore shown = (MethodScore) table.getItems().get(i);
            assertEquals(input.get(i).method(), shown.method());
            assertEquals(input.get(i).mrr(), shown.mrr(), shown.method());
        }
    }

    private void diagnoseExported(Stage stage, MainViewModel main, Path base, Path out) throws Exception {
        DiagnosticsViewModel diag = main.diagnostics();
        assertEquals(out, diag.patchedProperty().get());
        assertEquals(out.toString(), fx.text("#diagPatched"));
        DiagnoseResult before = diag.resultProperty().get();
        robot.clickOn("#runDiagnostics");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> diag.resultProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        DiagnosticsReport expected = workbench.diagnose(DiagnoseRequest.of(out, base, tmp.resolve("expected-report")))
                .run(JobContext.silent()).report();
        MatrixReport input = expected.matrices().getFirst();
        TableView<?> table = robot.lookup("#hullTable").queryAs(TableView.class);
        assertEquals(expected.rows().size(), table.getItems().size());
        assertTrue(fx.text("#diagSummary").startsWith("input: " + expected.rows().size() + " new rows — inside "
                + input.hull().count(HullVerdict.INSIDE) + ", outside " + input.hull().count(HullVerdict.OUTSIDE)), fx.text("#diagSummary"));
        awaitPlots(3);

        // A table row: the side panel lists the core's nearest old tokens of that row.
        javafx.scene.Node third = robot.lookup("#hullTable .table-row-cell").<javafx.scene.control.TableRow<?>>queryAll().stream()
                .filter(r -> r.getIndex() == 2).findFirst().orElseThrow();
        robot.clickOn(third, javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        HullRow row = diag.selectedProperty().get();
        assertEquals(table.getItems().get(2), row);
        assertFirstNeighbour(expected, input, row);

        // A projection point: hovering names the token, clicking selects it and fills the same panel.
        ProjectionChart chart = robot.lookup("#projection").queryAs(ProjectionChart.class);
        int k = expected.rows().size() - 1;
        Point2D at = WaitForAsyncUtils.asyncFx(() -> chart.screenPosition(k).orElseThrow()).get(10, TimeUnit.SECONDS);
        robot.moveTo(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.hoveredProperty().get().startsWith("new: "), chart.hoveredProperty().get());
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        HullRow picked = diag.selectedProperty().get();
        ProjectionPoints.Point p = diag.projectionProperty().get().freshPoint(picked.index()).orElseThrow();
        ProjectionPoints.Point q = diag.projectionProperty().get().freshPoint(k).orElseThrow();
        assertEquals(q.x(), p.x());
        assertEquals(q.y(), p.y());
        assertTrue(chart.hoveredProperty().get().contains(picked.token()), chart.hoveredProperty().get());
        assertFirstNeighbour(expected, input, picked);
        assertEquals(picked, table.getSelectionModel().getSelectedItem(), "the table follows a click on the chart");
        screenshotWithAMixOfVerdicts(stage, main);
    }

    /// The screenshot shows both verdicts: FVT without byte pieces leaves most pieces to the fallback,
    /// and a random fallback puts those rows outside the hull.
    private void screenshotWithAMixOfVerdicts(Stage stage, MainViewModel main) throws Exception {
        DiagnosticsViewModel diag = main.diagnostics();
        robot.interact(() -> {
            main.initialize().fields().stream().filter(f -> f.key().equals("byte-pieces")).findFirst().orElseThrow()
                    .valueProperty().set("skip");
            main.initialize().fallbackProperty().set("random");
        });
        DiagnoseResult before = diag.resultProperty().get();
        robot.clickOn("#tryInitialize");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> diag.resultProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        MatrixReport input = diag.resultProperty().get().report().matrices().getFirst();
        assertTrue(input.hull().count(HullVerdict.OUTSIDE) > 0 && input.hull().count(HullVerdict.INSIDE) > 0,
                fx.text("#diagSummary"));
        assertTrue(fx.text("#diagSummary").contains("outside " + input.hull().count(HullVerdict.OUTSIDE)), fx.text("#diagSummary"));
        HullRow fvt = diag.rows().stream().filter(r -> r.strategy().equals("fvt")).findFirst().orElseThrow();
        robot.interact(() -> diag.select(fvt.index()));
        awaitPlots(diag.plots().size());
        ProjectionChart chart = robot.lookup("#projection").queryAs(ProjectionChart.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(chart::dotsShown).get());
        robot.moveTo("#diagSummary"); // no tooltip over the screenshot
        WindowFixture.screenshot(stage, "diagnostics.png");
    }

    /// Waits until the plot strip shows `count` decoded plots: they arrive one per pulse after the rows
    /// (PlotStrip).
    private void awaitPlots(int count) throws TimeoutException {
        javafx.scene.layout.HBox strip = robot.lookup("#diagPlots").queryAs(javafx.scene.layout.HBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> strip.getChildren().stream()
                .filter(n -> n instanceof javafx.scene.image.ImageView v && v.getImage().getWidth() > 0).count() == count).get());
    }

    private void assertFirstNeighbour(DiagnosticsReport expected, MatrixReport input, HullRow row) {
        int first = input.neighbours().get(row.index()).ids()[0];
        TableView<?> neighbours = robot.lookup("#neighbourTable").queryAs(TableView.class);
        TokenWeight shown = (TokenWeight) neighbours.getItems().getFirst();
        assertEquals(first, shown.id());
        assertEquals(VisibleText.of(expected.oldToken(first)), shown.token());
        assertTrue(fx.text("#diagSelection").startsWith(row.token() + "  (id " + row.id()), fx.text("#diagSelection"));
        assertTrue(!robot.lookup("#sourceTable").queryAs(TableView.class).getItems().isEmpty(), "a mixture has sources");
    }
}
