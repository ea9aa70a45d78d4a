package org.vwb.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.vwb.core.Workbench;

/// The real main window for a TestFX test (headless glass, see the surefire argLine), with scripted
/// dialogs and throw-away preferences; and the screenshots the docs use.
final class WindowFixture {

    final Preferences prefs = Preferences.userRoot().node("/org/vwb/ui-test/" + UUID.randomUUID());
    final TestSupport.ScriptedDialogs dialogs = new TestSupport.ScriptedDialogs();
    final FxRobot robot = new FxRobot();
    final AtomicReference<MainWindow> window = new AtomicReference<>();

    Stage show() throws TimeoutException {
        return FxToolkit.setupStage(stage -> window.set(MainWindow.show(stage, new Workbench(), w -> dialogs, prefs)));
    }

    /// As [#show()], calling `first` with the view model before the window is built.
    Stage show(java.util.function.Consumer<MainViewModel> first) throws TimeoutException {
        return FxToolkit.setupStage(stage -> window.set(MainWindow.show(stage, new Workbench(), w -> dialogs, prefs, first)));
    }

    MainWindow window() {
        return window.get();
    }

    void tearDown() throws TimeoutException, BackingStoreException {
        FxToolkit.cleanupStages();
        if (window.get() != null) {
            window.get().close();
        }
        prefs.removeNode();
    }

    /// Opens the tiny Llama sample through the toolbar and waits until summary and vocabulary are in.
    void openSample() throws TimeoutException {
        dialogs.sampleName = "tiny-llama-untied-bf16";
        robot.clickOn("#openSample");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().model().vocabulary().total() > 0
                && robot.lookup("#summary-config").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    String text(String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        if (label == null) {
            throw new AssertionError("no label " + id);
        }
        return label.getText();
    }

    /// Saves the window as a PNG under target/screenshots, and also into `vwb.screenshotDir` when the
    /// build names one (`-Dvwb.docsScreenshots=…/docs/screenshots` refreshes the committed screenshots).
    static Path screenshot(Stage stage, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
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
