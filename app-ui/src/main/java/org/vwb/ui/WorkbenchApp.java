package org.vwb.ui;

import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.stage.Stage;

import org.vwb.core.Workbench;
import org.vwb.ui.internal.FxDialogService;
import org.vwb.ui.internal.MainWindow;

/// The JavaFX application: one main window over one [Workbench]. Started through [Launcher].
public final class WorkbenchApp extends Application {

    /// Preferences node for window size and recent folders.
    static final String PREFS_NODE = "/org/vwb/ui";

    /// Created by the JavaFX launcher.
    public WorkbenchApp() {
    }

    @Override
    public void start(Stage stage) {
        MainWindow.show(stage, new Workbench(), FxDialogService::new, Preferences.userRoot().node(PREFS_NODE));
    }
}
