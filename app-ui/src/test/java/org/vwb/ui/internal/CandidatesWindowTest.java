package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.vwb.common.JobContext;
import org.vwb.core.CandidateEntry;
import org.vwb.core.CandidateTable;
import org.vwb.core.ImportCandidatesRequest;
import org.vwb.core.MineRequest;
import org.vwb.core.FertilityRequest;
import org.vwb.core.SelectionRequest;
import org.vwb.core.TokenSpan;
import org.vwb.core.TokenizeRequest;
import org.vwb.core.Tokenization;
import org.vwb.core.Workbench;
import org.vwb.vocab.fertility.FertilityReport;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.merge.MergeRequest;
import org.vwb.vocab.mine.MiningOptions;
import org.vwb.vocab.mine.Script;

/// The Candidates and Preview tabs in the real window: mine from a corpus, select, read the live figure,
/// merge, type into the preview; every figure on screen is checked against the core's own.
class CandidatesWindowTest {

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
    void mineSelectMeasureMergeAndPreviewShowTheCoresFigures() throws Exception {
        Stage stage = fx.show();
        fx.openSample();
        Path base = fx.window().model().summaryProperty().get().folder();
        CandidatesViewModel model = fx.window().model().candidates();
        Path corpus = TestSupport.corpus(tmp);

        robot.clickOn("Candidates");
        fx.dialogs.corpusFiles = List.of(corpus);
        robot.clickOn("#addCorpus");
        robot.interact(() -> robot.lookup("#mineCount").queryAs(Spinner.class).getValueFactory().setValue(150));
        robot.clickOn("#mine");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.selection().rows().isEmpty());
        robot.interact(() -> robot.lookup("#topN").queryAs(Spinner.class).getValueFactory().setValue(40));
        robot.clickOn("#selectTop");
        waitForMeasurement(model);

        // The figure equals the core's, computed the command-line way: the mined CSV's first 40 rows merged,
        // then the fertility report of base and merged tokenizer on the corpus.
        workbench.mergeTokenizer(new MergeRequest(base, model.tableSourceProperty().get(), 40, tmp.resolve("cli"), List.of()))
                .run(JobContext.silent());
        assertEquals(figure(base, tmp.resolve("cli"), corpus), fx.text("#selectionFigure"));
        assertEquals(String.format(Locale.ROOT, "40 of %,d selected", model.selection().rows().size()), fx.text("#selectedCount"));
        WindowFixture.screenshot(stage, "candidates.png");

        // Unticking a box in the table measures the new selection.
        // The check box of the row showing index 0 (the table reuses its cells, so scene order says nothing).
        CheckBox first = robot.lookup("#candidatesTable .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.isVisible() && r.getIndex() == 0).findFirst().orElseThrow()
                .lookup(".check-box") instanceof CheckBox c ? c : null;
        robot.clickOn(first);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.selection().countProperty().get() == 39);
        waitForMeasurement(model);
        List<CandidateEntry> selected = model.selection().entries();
        assertEquals(model.selection().rows().subList(1, 40).stream().map(CandidateRow::entry).toList(), selected);
        workbench.mergeSelection(new SelectionRequest(base, selected, tmp.resolve("39"), List.of())).run(JobContext.silent());
        assertEquals(figure(base, tmp.resolve("39"), corpus), fx.text("#selectionFigure"));

        // Merge: the report on screen is the one the core wrote into the folder.
        Path out = tmp.resolve("expanded");
        fx.dialogs.newFolder = Optional.of(out);
        robot.clickOn("#merge");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#merge-english-ids").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        JsonNode report = new ObjectMapper().readTree(out.resolve("merge-report.json").toFile());
        assertEquals(String.format(Locale.ROOT, "%,d → %,d (%s)", report.get("oldSize").asInt(), report.get("newSize").asInt(),
                report.get("baseKind").asText().toLowerCase(Locale.ROOT)), fx.text("#merge-ids"));
        assertTrue(fx.text("#merge-english-ids").startsWith("unchanged on all"), fx.text("#merge-english-ids"));
        assertTrue(fx.text("#merge-unreachable").startsWith("none dropped"), fx.text("#merge-unreachable"));
        WindowFixture.screenshot(stage, "candidates-merged.png");

        // Preview: the chips are the core's tokens with the base and with the merged tokenizer.
        robot.clickOn("Preview");
        String text = "图书馆里有很多学生在看书，我们的老师每天早上来学校。";
        robot.interact(() -> robot.lookup("#previewText").queryAs(TextArea.class).setText(text));
        TokenPreviewViewModel preview = fx.window().model().preview();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> preview.beforeProperty().get() != null
                && preview.afterTokensProperty().get() != null && text.equals(preview.afterTokensProperty().get().text())
                && text.equals(preview.beforeProperty().get().text()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(out, preview.afterProperty().get());
        assertChips("#previewBefore", workbench.tokenize(new TokenizeRequest(base, text)).run(JobContext.silent()));
        assertChips("#previewAfter", workbench.tokenize(new TokenizeRequest(out, text)).run(JobContext.silent()));
        assertTrue(fx.text("#previewAfterCount").endsWith(TokenPreviewViewModel.counts(preview.afterTokensProperty().get())));
        WindowFixture.screenshot(stage, "preview.png");
        assertTrue(fx.dialogs.errors.isEmpty(), () -> fx.dialogs.headlines.toString());
    }

    @Test
    void importATokenizerListsThePiecesTheBaseLacksAndTheyMerge() throws Exception {
        Stage stage = fx.show();
        fx.openSample();
        Path base = fx.window().model().summaryProperty().get().folder();
        CandidatesViewModel model = fx.window().model().candidates();
        Path corpus = TestSupport.corpus(tmp);
        // The target: the sample's tokenizer with 20 mined pieces merged in, by the project's own merge.
        CandidateTable mined = workbench.mineCandidates(new MineRequest(base, List.of(corpus), MiningOptions.of(40),
                tmp.resolve("mined.csv"))).run(JobContext.silent());
        Path target = tmp.resolve("target");
        workbench.mergeSelection(new SelectionRequest(base, mined.rows().subList(0, 20), target, List.of()))
                .run(JobContext.silent());

        robot.clickOn("Candidates");
        fx.dialogs.corpusFiles = List.of(corpus);
        robot.clickOn("#addCorpus");
        robot.interact(() -> robot.lookup("#importScript").queryComboBox().getSelectionModel().select(Script.ANY));
        fx.dialogs.tokenizer = Optional.of(target.resolve("tokenizer.json"));
        robot.clickOn("#importTokenizer");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.selection().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        CandidateTable expected = workbench.importCandidates(new ImportCandidatesRequest(base,
                target.resolve("tokenizer.json"), List.of(corpus), Script.ANY)).run(JobContext.silent());
        assertEquals(expected.rows(), model.selection().rows().stream().map(CandidateRow::entry).toList());
        Set<String> added = mined.rows().subList(0, 20).stream().map(CandidateEntry::piece).collect(Collectors.toSet());
        assertTrue(expected.rows().stream().map(CandidateEntry::piece).collect(Collectors.toSet()).containsAll(added),
                "the merged pieces come back");
        assertTrue(fx.text("#candidatesInfo").startsWith(String.format(Locale.ROOT, "%,d pieces of", expected.rows().size())),
                fx.text("#candidatesInfo"));
        // The table shows the core's first row: its piece, counts and decomposition.
        CandidateEntry first = expected.rows().getFirst();
        TableView<?> table = robot.lookup("#candidatesTable").queryTableView();
        assertEquals(VisibleText.of(first.piece()), table.getColumns().get(2).getCellData(0));
        assertEquals(first.tokensSaved(), table.getColumns().get(5).getCellData(0));
        assertEquals(first.baseTokens().size() + ": " + String.join(" · ", first.baseTokens().stream().map(VisibleText::of)
                .toList()), table.getColumns().get(7).getCellData(0));
        WindowFixture.screenshot(stage, "candidates-import.png");

        // Select the top 5 imported rows and merge them: each becomes a piece of the written tokenizer.
        robot.interact(() -> robot.lookup("#topN").queryAs(Spinner.class).getValueFactory().setValue(5));
        robot.clickOn("#selectTop");
        Path out = tmp.resolve("expanded");
        fx.dialogs.newFolder = Optional.of(out);
        robot.clickOn("#merge");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#merge-english-ids").tryQuery().isPresent());
        try (TokenizerEncoder e = TokenizerEncoder.open(out)) {
            for (CandidateEntry row : expected.rows().subList(0, 5)) {
                assertTrue(e.vocabulary().idOf(row.piece()).isPresent(), row.toString());
            }
        }
        assertTrue(fx.dialogs.errors.isEmpty(), () -> fx.dialogs.headlines.toString());
    }

    private void waitForMeasurement(CandidatesViewModel model) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.measure().measuringProperty().get()
                && model.measure().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String figure(Path base, Path merged, Path corpus) throws Exception {
        FertilityReport f = workbench.fertility(new FertilityRequest(base, Optional.of(merged), List.of(corpus), 1, 0))
                .run(JobContext.silent());
        double b = f.base().tokensPerCharacter();
        double a = f.compare().orElseThrow().tokensPerCharacter();
        return String.format(Locale.ROOT, "%.4f → %.4f tokens per character (%+.1f %%)", b, a, 100 * (a - b) / b)
                .replace('-', '−');
    }

    private void assertChips(String id, Tokenization expected) {
        FlowPane pane = robot.lookup(id).queryAs(FlowPane.class);
        List<String> shown = pane.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        List<String> want = expected.tokens().stream().map(CandidatesWindowTest::chipText).toList();
        assertEquals(want, shown, id);
    }

    private static String chipText(TokenSpan s) {
        return s.kind() == org.vwb.vocab.TokenKind.BYTE || s.text().isEmpty() ? s.piece() : s.text().replace(' ', '␣');
    }
}
