package org.vwb.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.vwb.core.Workbench;
import org.vwb.model.ModelSummary;
import org.vwb.ui.internal.FxDialogService;
import org.vwb.ui.internal.MainViewModel;
import org.vwb.ui.internal.MainWindow;

/// The JavaFX application: one main window over one [Workbench]. Started through [Launcher]; a folder
/// given as the first argument is opened at once.
public final class WorkbenchApp extends Application {

    /// Preferences node for window size and recent folders.
    static final String PREFS_NODE = "/org/vwb/ui";
    private static final System.Logger LOG = System.getLogger(WorkbenchApp.class.getName());

    /// Created by the JavaFX launcher.
    public WorkbenchApp() {
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getUnnamed();
        Path folder = args.isEmpty() ? null : Path.of(args.getFirst());
        // A folder is opened as soon as the view model exists: its inspect job then runs while the window is
        // built and shown, not after (~1 s of the start-up, docs/BENCHMARKS.md). Not a folder: opened once
        // the window is shown, so that the error has a window to belong to.
        boolean early = folder != null && Files.isDirectory(folder);
        MainWindow window = MainWindow.show(stage, new Workbench(), FxDialogService::new,
                Preferences.userRoot().node(PREFS_NODE), model -> {
                    if (early) {
                        logWhenShown(model, stage);
                        model.open(folder);
                    }
                });
        if (folder != null && !early) {
            window.model().open(folder);
        }
    }

    /// Logs, once, how long after the JVM started the first summary was on screen: the start-up figure
    /// docs/BENCHMARKS.md records. Taken at the end of the layout pass of the first pulse after the summary
    /// arrived (its rows laid out in the window; the frame is rendered right after), not when it arrived: with
    /// the folder opened before the window is shown, the summary can arrive before the window's first pulse.
    private static void logWhenShown(MainViewModel model, Stage stage) {
        model.summaryProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ModelSummary> o, ModelSummary was,
                                ModelSummary now) {
                o.removeListener(this);
                Scene scene = stage.getScene();
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        ProcessHandle.current().info().startInstant().ifPresent(start -> LOG.log(System.Logger.Level.INFO,
                                "summary of {0} shown {1} ms after JVM start", now.folder(),
                                Duration.between(start, Instant.now()).toMillis()));
                    }
                });
                Platform.requestNextPulse();
            }
        });
    }
}
