package org.vwb.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.vwb.common.Job;
import org.vwb.core.Recipe;
import org.vwb.core.RecipeFiles;
import org.vwb.core.SampleEntry;
import org.vwb.core.SampleRequest;
import org.vwb.core.Workbench;
import org.vwb.model.ModelSummary;
import org.vwb.ui.DialogService;
import org.vwb.ui.JobRunner;

/// State and actions of the main window: which model is open, its summary, the recent folders.
/// Opening validates the folder, runs the core's `inspect` through the [JobRunner] and never blocks.
public final class MainViewModel {

    private final Workbench workbench;
    private final JobRunner runner;
    private final DialogService dialogs;
    private final RecentFolders recent;
    private final ReadOnlyObjectWrapper<ModelSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObservableList<SummaryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFolders = FXCollections.observableArrayList();
    // One read-only view each, kept: a view made per call listens to its list only weakly, so listeners
    // added to a discarded view stop firing after the next garbage collection.
    private final ObservableList<SummaryRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recentFolders);
    private final VocabularyViewModel vocabulary;
    private final CandidatesViewModel candidates;
    private final TokenPreviewViewModel preview;
    private final InitializeViewModel initialize;
    private final ExportViewModel export;
    private final DiagnosticsViewModel diagnostics;
    private final CompareStrategiesViewModel compare;
    private final ScratchFolders exportScratch = new ScratchFolders();
    private final ScratchFolders diagnosticsScratch = new ScratchFolders("vwb-diagnostics-");
    private Recipe pendingRecipe;

    /// A view model that runs `workbench` jobs through `runner` (shown in the status bar, cancellable) and
    /// quiet live measurements through `background`, waits with `debouncers` before live work, and asks
    /// the user through `dialogs`.
    public MainViewModel(Workbench workbench, JobRunner runner, JobRunner background, DialogService dialogs,
                         RecentFolders recent, Supplier<Debouncer> debouncers) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recent = Objects.requireNonNull(recent, "recent");
        recentFolders.setAll(recent.list());
        vocabulary = new VocabularyViewModel(workbench, runner, dialogs);
        candidates = new CandidatesViewModel(workbench, runner, background, dialogs, debouncers.get(), new ScratchFolders());
        preview = new TokenPreviewViewModel(workbench, background, debouncers.get());
        preview.afterProperty().bind(candidates.measure().afterTokenizerProperty());
        preview.afterNameProperty().bind(candidates.measure().afterNameProperty());
        initialize = new InitializeViewModel(workbench, runner, dialogs);
        candidates.mergedProperty().addListener((o, was, now) -> {
            if (now != null) {
                initialize.tokenizerProperty().set(now);
            }
        });
        export = new ExportViewModel(workbench, runner, dialogs, candidates, initialize, exportScratch);
        diagnostics = new DiagnosticsViewModel(workbench, runner, dialogs, initialize, diagnosticsScratch);
        compare = new CompareStrategiesViewModel(workbench, runner, dialogs);
        compare.roleProperty().bind(diagnostics.roleProperty());
        export.outcomeProperty().addListener((o, was, now) -> {
            if (now != null) {
                diagnostics.exported(now.summary().output());
            }
        });
    }

    /// The window is asked to close: true when it may. With a job running, the user is asked first; a
    /// "yes" cancels the job (core jobs stop at their next check and leave no half-written output).
    public boolean closeRequested() {
        List<String> jobs = runner.running();
        if (jobs.isEmpty()) {
            return true;
        }
        if (!dialogs.confirm("A job is still running: " + jobs.getFirst() + ".",
                "Closing the window cancels it. Its output is written atomically, so nothing half-written is left.",
                "Cancel the job and close")) {
            return false;
        }
        runner.cancelAll();
        return true;
    }

    /// Releases what the screens hold (scratch files, pending live work); call when the window has closed.
    public void dispose() {
        preview.stop();
        candidates.dispose();
        try {
            exportScratch.deleteAll(); // the selection CSVs that Plan and Run wrote
            diagnosticsScratch.deleteAll(); // diagnostics reports and trial folders
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /// Asks for a folder (starting at the last one opened) and opens it.
    public void chooseAndOpenFolder() {
        Optional<Path> start = recentFolders.isEmpty() ? Optional.empty() : Optional.of(recentFolders.getFirst());
        dialogs.chooseFolder(start).ifPresent(this::open);
    }

    /// Asks which sample to open, writes it into a new temporary folder and opens it.
    public void chooseAndOpenSample() {
        dialogs.chooseSample(workbench.samples()).ifPresent(this::openSample);
    }

    /// Writes sample `sample` into a new temporary folder (off the FX thread) and opens it.
    public void openSample(SampleEntry sample) {
        Job<Path> write = ctx -> {
            Path parent = Files.createTempDirectory("vwb-sample-");
            return workbench.writeSample(new SampleRequest(sample.name(), parent.resolve(sample.name()))).run(ctx);
        };
        runner.submit("Writing sample " + sample.name(), write, this::inspect,
                e -> dialogs.showError("Could not write the sample model " + sample.name() + ".", e));
    }

    /// Opens `folder` if it is a folder; otherwise says why not.
    public void open(Path folder) {
        if (!Files.isDirectory(folder)) {
            dialogs.showError("Not a model folder: " + folder,
                    new IOException(folder + ": not a folder (choose the folder that holds config.json)"));
            return;
        }
        recentFolders.setAll(recent.remember(folder));
        inspect(folder);
    }

    private void inspect(Path folder) {
        runner.submit("Inspecting " + folder.getFileName(), workbench.inspect(folder), this::show,
                e -> dialogs.showError("Could not open the model folder " + folder + ".", e));
    }

    private void show(ModelSummary s) {
        summary.set(s);
        rows.setAll(SummaryRows.of(s));
        vocabulary.load(s.folder());
        candidates.modelOpened(s.folder());
        preview.baseProperty().set(s.folder());
        initialize.modelOpened(s.folder(), s.headKind() == org.vwb.model.HeadKind.UNTIED);
        diagnostics.modelOpened(s.folder(), s.headKind() == org.vwb.model.HeadKind.UNTIED);
        compare.modelOpened(s.folder());
        Recipe r = pendingRecipe;
        pendingRecipe = null;
        if (r != null && r.base().toAbsolutePath().normalize().equals(s.folder().toAbsolutePath().normalize())) {
            apply(r);
        }
    }

    /// Asks for a recipe file and fills the screens from it: opens its base model (unless open), then
    /// takes corpus and pieces (Candidates), strategy and options (Initialize) and output (Export).
    public void chooseAndLoadRecipe() {
        Path open = summary.get() == null ? null : summary.get().folder();
        dialogs.chooseRecipe(false, Optional.ofNullable(open)).ifPresent(this::loadRecipe);
    }

    /// Reads `file` and fills the screens from it, as [#chooseAndLoadRecipe] does.
    public void loadRecipe(Path file) {
        Recipe r;
        try {
            r = RecipeFiles.read(file);
        } catch (IOException e) {
            dialogs.showError("Could not read the recipe " + file + ".", e);
            return;
        }
        ModelSummary s = summary.get();
        if (s != null && s.folder().toAbsolutePath().normalize().equals(r.base().toAbsolutePath().normalize())) {
            apply(r);
        } else {
            pendingRecipe = r;
            open(r.base());
        }
    }

    private void apply(Recipe r) {
        candidates.clearCorpus();
        candidates.addCorpus(r.pieces().corpus());
        if (r.pieces().source() == Recipe.Source.CANDIDATES) {
            candidates.loadTable(r.pieces().from(), r.pieces().count());
        }
        initialize.apply(r);
        export.apply(r);
    }

    /// The Candidates tab's view model; it follows the open model.
    public CandidatesViewModel candidates() {
        return candidates;
    }

    /// The tokenization preview's view model: base = the open model, after = the last selection or merge.
    public TokenPreviewViewModel preview() {
        return preview;
    }

    /// The Initialize tab's view model.
    public InitializeViewModel initialize() {
        return initialize;
    }

    /// The Export tab's view model.
    public ExportViewModel export() {
        return export;
    }

    /// The Diagnostics tab's view model (hull verdicts, plots, projection of a patched folder).
    public DiagnosticsViewModel diagnostics() {
        return diagnostics;
    }

    /// The Diagnostics tab's strategy comparison (the core's reconstruction benchmark on the open model).
    public CompareStrategiesViewModel compare() {
        return compare;
    }

    /// The Vocabulary tab's view model; it follows the open model.
    public VocabularyViewModel vocabulary() {
        return vocabulary;
    }

    /// The open model's summary, null before one is open.
    public ReadOnlyObjectProperty<ModelSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// The Summary pane's lines for the open model (empty before one is open).
    public ObservableList<SummaryRow> rows() {
        return rowsView;
    }

    /// The recently opened folders, newest first.
    public ObservableList<Path> recentFolders() {
        return recentView;
    }

    /// The recent folders as a list snapshot.
    public List<Path> recentSnapshot() {
        return List.copyOf(recentFolders);
    }
}
