package org.vwb.ui;

import javafx.application.Application;

/// The desktop workbench's main class. It does not extend [Application] on purpose: launched from the
/// class path (not as a module), JavaFX refuses a main class that is itself an `Application`.
public final class Launcher {

    private Launcher() {
    }

    /// Opens the main window; returns when it is closed.
    public static void main(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
