package org.vwb.ui.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.prefs.Preferences;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.vwb.core.Workbench;
import org.vwb.ui.DialogService;

/// Puts the main window together on `stage`: view model, view, job runner, remembered window size.
public final class MainWindow {

    private static final double DEFAULT_WIDTH = 1000;
    private static final double DEFAULT_HEIGHT = 680;

    private final MainViewModel model;
    private final ExecutorService executor;

    private MainWindow(MainViewModel model, ExecutorService executor) {
        this.model = model;
        this.executor = executor;
    }

    /// Shows the main window on `stage`, with dialogs from `dialogs` (given the window) and preferences in
    /// `prefs` (window size, recent folders).
    public static MainWindow show(Stage stage, Workbench workbench, Function<Window, DialogService> dialogs,
                                  Preferences prefs) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vwb-job");
            t.setDaemon(true);
            return t;
        });
        JobStatus status = new JobStatus();
        MainViewModel model = new MainViewModel(workbench, new FxJobRunner(executor, status), dialogs.apply(stage),
                new RecentFolders(prefs));
        Scene scene = new Scene(new MainView(model, status).build(),
                prefs.getDouble("window.width", DEFAULT_WIDTH), prefs.getDouble("window.height", DEFAULT_HEIGHT));
        stage.setTitle("Vocab Workbench");
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            prefs.putDouble("window.width", scene.getWidth());
            prefs.putDouble("window.height", scene.getHeight());
            executor.shutdownNow();
        });
        stage.show();
        return new MainWindow(model, executor);
    }

    /// The window's view model.
    public MainViewModel model() {
        return model;
    }

    /// Stops the job thread (a running job is asked to stop through its cancellation by the status bar).
    public void close() {
        executor.shutdownNow();
    }
}
