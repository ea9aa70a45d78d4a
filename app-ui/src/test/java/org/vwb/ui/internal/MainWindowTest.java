package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

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

    private final Preferences prefs = Preferences.userRoot().node("/org/vwb/ui-test/" + UUID.randomUUID());
    private final TestSupport.ScriptedDialogs dialogs = new TestSupport.ScriptedDialogs();
    private final FxRobot robot = new FxRobot();
    private final AtomicReference<MainWindow> window = new AtomicReference<>();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws TimeoutException, BackingStoreException {
        FxToolkit.cleanupStages();
        if (window.get() != null) {
            window.get().close();
        }
        prefs.removeNode();
    }

    private Stage showWindow() throws TimeoutException {
        return FxToolkit.setupStage(stage -> window.set(MainWindow.show(stage, new Workbench(), w -> dialogs, prefs)));
    }

    @Test
    void openSampleShowsTheSummaryCoreInspectGivesForIt() throws Exception {
        Stage stage = showWindow();
        dialogs.sampleName = "tiny-llama-untied-bf16";

        robot.clickOn("#openSample");
        // The chain is write sample -> inspect -> read vocabulary; wait until the last one has landed.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.get().model().vocabulary().total() > 0
                && robot.lookup("#summary-config").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Path png = screenshot(stage, "main.png");
        ModelSummary shown = window.get().model().summaryProperty().get();
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
        screenshot(stage, "vocabulary.png");
    }

    @Test
    void aBrokenFolderShowsTheErrorAndTheWindowStaysUsable(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        showWindow();
        Path empty = Files.createDirectory(tmp.resolve("not-a-model"));
        dialogs.folder = java.util.Optional.of(empty);

        robot.clickOn("#openFolder");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.headlines.getFirst().contains(empty.toString()), dialogs.headlines.getFirst());
        assertTrue(text("#statusMessage").endsWith("failed"), text("#statusMessage"));
        assertFalse(robot.lookup("#openFolder").queryButton().isDisabled());
    }

    private String text(String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        assertNotNull(label, id);
        return label.getText();
    }

    /// Saves the window as a PNG under target/screenshots, and also into `vwb.screenshotDir` when the
    /// build names one (`-Dvwb.docsScreenshots=…/docs/screenshots` refreshes the committed screenshots).
    private static Path screenshot(Stage stage, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(30, TimeUnit.SECONDS);
        Path out = Path.of("target", "screenshots", name);
        write(image, out);
        String docs = System.getProperty("vwb.screenshotDir");
        if (docs != null && !docs.isBlank() && Files.isDirectory(Path.of(docs))) {
            write(image, Path.of(docs, name));
        }
        return out;
    }

    private static void write(WritableImage image, Path out) throws IOException {
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}
