package org.vwb.ui.internal;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.prefs.Preferences;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.vwb.core.Workbench;
import org.vwb.ui.DialogService;
import org.vwb.ui.JobRunner;

/// Puts the main window together on `stage`: view model, view, job runners, remembered window size, and
/// the question before closing while a job runs.
public final class MainWindow {

    private static final double DEFAULT_WIDTH = 1100;
    private static final double DEFAULT_HEIGHT = 720;
    /// How long typing or ticking must pause before live work (measurement, preview) starts.
    static final double QUIET_MILLIS = 300;

    private final MainViewModel model;
    private final JobStatus status;
    private final JobRunner runner;
    private final ExecutorService jobs;
    private final ExecutorService background;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private MainWindow(MainViewModel model, JobStatus status, JobRunner runner, ExecutorService jobs,
                       ExecutorService background) {
        this.model = model;
        this.status = status;
        this.runner = runner;
        this.jobs = jobs;
        this.background = background;
    }

    /// Shows the main window on `stage`, with dialogs from `dialogs` (given the window) and preferences in
    /// `prefs` (window size, recent folders).
    public static MainWindow show(Stage stage, Workbench workbench, Function<Window, DialogService> dialogs,
                                  Preferences prefs) {
        return show(stage, workbench, dialogs, prefs, model -> { });
    }

    /// As [#show(Stage, Workbench, Function, Preferences)], calling `first` with the view model before the
    /// window is built: a job it starts (opening the folder given on the command line) runs while the FX
    /// thread builds and shows the window, instead of after it (start-up, docs/BENCHMARKS.md). Its results
    /// arrive on the FX thread once the window is shown.
    public static MainWindow show(Stage stage, Workbench workbench, Function<Window, DialogService> dialogs,
                                  Preferences prefs, java.util.function.Consumer<MainViewModel> first) {
        // Jobs the user started (status bar, Cancel) and quiet live work get a thread each, so a preview
        // never waits behind a long mining run; they and the JIT yield a core to the FX thread (ThreadNice).
        ThreadNice.lowerThreadsNamed(ThreadNice::compiler, ThreadNice.BELOW_FX);
        ExecutorService jobs = singleThread("vwb-job");
        ExecutorService background = singleThread("vwb-live");
        JobStatus status = new JobStatus();
        JobRunner runner = new FxJobRunner(jobs, status);
        MainViewModel model = new MainViewModel(workbench, runner,
                new FxJobRunner(background, Optional.empty()), dialogs.apply(stage), new RecentFolders(prefs),
                () -> new FxDebouncer(QUIET_MILLIS));
        first.accept(model);
        Scene scene = new Scene(new MainView(model, status).build(),
                prefs.getDouble("window.width", DEFAULT_WIDTH), prefs.getDouble("window.height", DEFAULT_HEIGHT));
        stage.setTitle("Vocab Workbench");
        stage.setScene(scene);
        MainWindow window = new MainWindow(model, status, runner, jobs, background);
        stage.setOnCloseRequest(e -> {
            if (!model.closeRequested()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            prefs.putDouble("window.width", scene.getWidth());
            prefs.putDouble("window.height", scene.getHeight());
            window.close();
        });
        stage.show();
        return window;
    }

    private static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(() -> {
                ThreadNice.lowerCurrentThread(ThreadNice.JOBS); // and so every thread the job starts
                r.run();
            }, name);
            t.setDaemon(true);
            return t;
        });
    }

    /// The window's view model.
    public MainViewModel model() {
        return model;
    }

    /// The runner of the jobs the user starts (status bar, Cancel, the question before closing).
    public JobRunner runner() {
        return runner;
    }

    /// What the status bar follows: the job the user started last.
    public JobStatus status() {
        return status;
    }

    /// Stops the job threads and removes the scratch files (a running job was cancelled when the close
    /// was confirmed). Safe to call more than once.
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        jobs.shutdownNow();
        background.shutdownNow();
        model.dispose();
    }
}
