package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.BackingStoreException;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.vwb.common.JobContext;
import org.vwb.core.Workbench;
import org.vwb.model.ModelSummary;

/// Drives the real main window under JavaFX's headless glass platform (see the surefire argLine).
class MainWindowTest {

    private final WindowFixture fx = new WindowFixture();
    private final TestSupport.ScriptedDialogs dialogs = fx.dialogs;
    private final FxRobot robot = fx.robot;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws TimeoutException, BackingStoreException {
        fx.tearDown();
    }

    @Test
    void aFolderOpenedBeforeTheWindowIsBuiltShowsItsSummaryOnceTheWindowIsUp(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        // What WorkbenchApp does with a folder on the command line: the inspect job starts before the views exist.
        Workbench workbench = new Workbench();
        Path folder = workbench.writeSample(new org.vwb.core.SampleRequest("tiny-llama-untied-bf16", tmp.resolve("m")))
                .run(JobContext.silent());
        fx.show(model -> model.open(folder));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#summary-config").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        ModelSummary expected = workbench.inspect(folder).run(JobContext.silent());
        assertEquals(folder, fx.window().model().summaryProperty().get().folder());
        assertEquals(String.format(Locale.ROOT, "vocab_size %,d, hidden_size %,d", expected.vocabSize(),
                expected.hiddenSize()), text("#summary-config"));
        assertTrue(text("#statusMessage").endsWith("done"), text("#statusMessage"));
        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.headlines.toString());
    }

    @Test
    void openSampleShowsTheSummaryCoreInspectGivesForIt() throws Exception {
        Stage stage = fx.show();
        fx.openSample();

        Path png = WindowFixture.screenshot(stage, "main.png");
        ModelSummary shown = fx.window().model().summaryProperty().get();
        ModelSummary expected = new Workbench().inspect(shown.folder()).run(JobContext.silent());
        assertEquals(String.format(Locale.ROOT, "vocab_size %,d, hidden_size %,d", expected.vocabSize(),
                expected.hiddenSize()), text("#summary-config"));
        assertTrue(text("#summary-architecture").startsWith(String.join(", ", expected.architectures())),
                text("#summary-architecture"));
        assertTrue(text("#summary-tokenizer").contains(String.format(Locale.ROOT, "%,d ids",
                expected.vocabulary().orElseThrow().size())), text("#summary-tokenizer"));
        assertTrue(text("#statusMessage").endsWith("done"), text("#statusMessage"));
        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.headlines.toString());
        assertTrue(Files.size(png) > 0);

        // Vocabulary tab: the CJK filter shows exactly the pieces inspect counts as containing Han.
        robot.clickOn("Vocabulary");
        robot.clickOn("#vocabCjk");
        WaitForAsyncUtils.waitForFxEvents();
        int total = expected.vocabulary().orElseThrow().size();
        int han = expected.cjk().orElseThrow().piecesWithCjk();
        assertEquals(String.format(Locale.ROOT, "%,d of %,d", han, total), text("#vocabCount"));
        javafx.scene.control.TableView<?> table = robot.lookup("#vocabTable").queryAs(javafx.scene.control.TableView.class);
        assertEquals(han, table.getItems().size());
        WindowFixture.screenshot(stage, "vocabulary.png");
    }

    @Test
    void aBrokenFolderShowsTheErrorAndTheWindowStaysUsable(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        fx.show();
        Path empty = Files.createDirectory(tmp.resolve("not-a-model"));
        dialogs.folder = java.util.Optional.of(empty);

        robot.clickOn("#openFolder");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.headlines.getFirst().contains(empty.toString()), dialogs.headlines.getFirst());
        assertTrue(text("#statusMessage").endsWith("failed"), text("#statusMessage"));
        assertFalse(robot.lookup("#openFolder").queryButton().isDisabled());
    }

    @Test
    void closingDuringAJobAsksFirstThenCancelsIt() throws Exception {
        Stage stage = fx.show();
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean delivered = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> fx.window().runner().submit("Blocking test job", ctx -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException("interrupted");
            }
            ctx.cancellation().check();
            return 1;
        }, r -> delivered.set(true), e -> { })).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        dialogs.confirmAnswer = false;
        closeRequest(stage);
        assertTrue(stage.isShowing(), "'no' keeps the window");
        assertEquals(List.of("A job is still running: Blocking test job."), dialogs.questions);
        assertEquals(List.of("Blocking test job"), running());

        dialogs.confirmAnswer = true;
        closeRequest(stage);
        assertFalse(stage.isShowing(), "'yes' closes the window");
        assertEquals(List.of(), running(), "and cancels the job");
        release.countDown();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(delivered.get());
    }

    private List<String> running() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> fx.window().runner().running()).get(10, TimeUnit.SECONDS);
    }

    private static void closeRequest(Stage stage) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        return fx.text(id);
    }
}
