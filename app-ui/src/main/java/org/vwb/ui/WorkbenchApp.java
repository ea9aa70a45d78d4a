package org.vwb.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;

import org.vwb.core.Workbench;
import org.vwb.model.ModelSummary;
import org.vwb.ui.internal.FxDialogService;
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
        MainWindow window = MainWindow.show(stage, new Workbench(), FxDialogService::new,
                Preferences.userRoot().node(PREFS_NODE));
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            logWhenShown(window);
            window.model().open(Path.of(args.getFirst()));
        }
    }

    /// Logs, once, how long after the JVM started the first summary was on screen: the start-up figure
    /// docs/BENCHMARKS.md records.
    private static void logWhenShown(MainWindow window) {
        window.model().summaryProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ModelSummary> o, ModelSummary was,
                                ModelSummary now) {
                o.removeListener(this);
                ProcessHandle.current().info().startInstant().ifPresent(start -> LOG.log(System.Logger.Level.INFO,
                        "summary of {0} shown {1} ms after JVM start", now.folder(),
                        Duration.between(start, Instant.now()).toMillis()));
            }
        });
    }
}
