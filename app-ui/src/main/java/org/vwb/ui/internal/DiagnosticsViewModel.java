package org.vwb.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.vwb.common.Job;
import org.vwb.core.DiagnoseRequest;
import org.vwb.core.DiagnoseResult;
import org.vwb.core.InitPreviewRequest;
import org.vwb.core.InitRequest;
import org.vwb.core.Workbench;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.embedinit.report.Plot;
import org.vwb.ui.DialogService;
import org.vwb.ui.JobRunner;

/// The Diagnostics screen's state: which patched folder is measured against which base, the core's
/// report of the last run turned into rows, plots and projection points for the chosen matrix, and the
/// selected token's neighbours and mixture sources. The core measures; this only presents.
public final class DiagnosticsViewModel {

    private final Workbench workbench;
    private final JobRunner runner;
    private final DialogService dialogs;
    private final InitializeViewModel init;
    private final ScratchFolders scratch;
    private final ObjectProperty<Path> patched = new SimpleObjectProperty<>(this, "patched");
    private final ObjectProperty<Path> base = new SimpleObjectProperty<>(this, "base");
    private final ObjectProperty<MatrixRole> role = new SimpleObjectProperty<>(this, "role", MatrixRole.INPUT);
    private final ReadOnlyBooleanWrapper untied = new ReadOnlyBooleanWrapper(this, "untied");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<DiagnoseResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary",
            "No diagnostics yet: Export (or choose a patched folder), then Run diagnostics.");
    private final ObservableList<HullRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Plot> plots = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProjectionPoints> projection =
            new ReadOnlyObjectWrapper<>(this, "projection", ProjectionPoints.empty());
    private final ObjectProperty<HullRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<TokenWeight> neighbours = FXCollections.observableArrayList();
    private final ObservableList<TokenWeight> sources = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selection = new ReadOnlyStringWrapper(this, "selection",
            "Click a point or a table row to see its nearest old tokens and mixture sources.");
    private final ReadOnlyStringWrapper sourcesNote = new ReadOnlyStringWrapper(this, "sourcesNote", "");
    private PlotImages images = PlotImages.none();

    /// A view model whose jobs go through `runner`; the trial run takes its strategy from `init`, and
    /// reports and trial folders go under `scratch`.
    public DiagnosticsViewModel(Workbench workbench, JobRunner runner, DialogService dialogs, InitializeViewModel init,
                                ScratchFolders scratch) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.init = Objects.requireNonNull(init, "init");
        this.scratch = Objects.requireNonNull(scratch, "scratch");
        patched.addListener((o, was, now) -> validate());
        base.addListener((o, was, now) -> validate());
        role.addListener((o, was, now) -> fill());
        selected.addListener((o, was, now) -> describeSelection());
        validate();
    }

    /// Follows the opened model: it is the base; a new model clears the last report.
    public void modelOpened(Path folder, boolean hasUntiedHead) {
        base.set(folder);
        untied.set(hasUntiedHead);
        role.set(MatrixRole.INPUT);
        patched.set(null);
        result.set(null);
        fill();
    }

    /// Takes the folder Export wrote as the patched model to diagnose.
    public void exported(Path folder) {
        patched.set(folder);
    }

    /// The first thing missing before a run, empty when it can run; also shown as [#problemProperty].
    public Optional<String> validate() {
        Optional<String> p = firstProblem();
        problem.set(p.orElse(""));
        return p;
    }

    private Optional<String> firstProblem() {
        if (base.get() == null) {
            return Optional.of("Open a model first: it is the base the new rows are measured against.");
        }
        if (patched.get() == null) {
            return Optional.of("Choose a patched folder (Export's output is taken when it finishes), or try the Initialize settings.");
        }
        if (patched.get().toAbsolutePath().normalize().equals(base.get().toAbsolutePath().normalize())) {
            return Optional.of("The patched folder is the base itself: choose the folder Export (or vwb init) wrote.");
        }
        return Optional.empty();
    }

    /// The request of a run writing its report to `out`.
    ///
    /// @throws IllegalStateException naming what is missing
    public DiagnoseRequest request(Path out) {
        validate().ifPresent(p -> {
            throw new IllegalStateException(p);
        });
        return DiagnoseRequest.of(patched.get(), base.get(), out);
    }

    /// Runs the diagnostics of the patched folder (status bar, Cancel) into a scratch report folder.
    public void run() {
        DiagnoseRequest request;
        try {
            request = request(scratch.newPath("diagnostics"));
        } catch (IllegalStateException | IOException e) {
            dialogs.showError("Cannot run the diagnostics yet.", e);
            return;
        }
        runner.submit("Diagnosing " + request.model().getFileName(), PlotImages.after(workbench.diagnose(request)), this::show,
                e -> dialogs.showError("The diagnostics of " + request.model() + " failed.", e));
    }

    /// Writes the Initialize screen's strategy applied to its tokenizer into a scratch folder (as
    /// `vwb init` does), then diagnoses it: a look at a strategy before exporting.
    public void runTrial() {
        InitRequest trial;
        Path out;
        try {
            InitPreviewRequest p = init.previewRequest();
            trial = new InitRequest(p.model(), p.tokenizer(), p.method(), p.options(), p.headMethod(), p.headOptions(),
                    p.fallback(), p.copyOverlap(), 1, p.seed(), scratch.newPath("trial"), false);
            out = scratch.newPath("diagnostics");
        } catch (IllegalStateException | IOException e) {
            dialogs.showError("Cannot try the Initialize settings yet.", e);
            return;
        }
        Job<PlotImages.Decoded> job = PlotImages.after(ctx -> {
            workbench.init(trial).run(ctx);
            return workbench.diagnose(DiagnoseRequest.of(trial.out(), trial.model(), out)).run(ctx);
        });
        runner.submit("Trying " + trial.method() + " and diagnosing it", job, r -> {
            patched.set(trial.out());
            show(r);
        }, e -> dialogs.showError("The trial of " + trial.method() + " failed.", e));
    }

    private void show(PlotImages.Decoded d) {
        images = d.images();
        DiagnoseResult r = d.result();
        result.set(r);
        untied.set(r.report().matrices().size() > 1);
        fill();
    }

    /// Refills rows, plots and projection for the chosen matrix, keeping the selected token if any.
    private void fill() {
        DiagnoseResult r = result.get();
        int keep = selected.get() == null ? -1 : selected.get().index();
        selected.set(null);
        if (r == null) {
            rows.clear();
            plots.clear();
            projection.set(ProjectionPoints.empty());
            summary.set("No diagnostics yet: Export (or choose a patched folder), then Run diagnostics.");
            return;
        }
        MatrixReport m = DiagnosticsRows.matrix(r.report(), role.get());
        List<HullRow> made = DiagnosticsRows.rows(r.report(), m);
        rows.setAll(made);
        plots.setAll(DiagnosticsRows.plots(r.plots(), m.role()));
        projection.set(DiagnosticsRows.projection(r.report(), m, made));
        summary.set(DiagnosticsRows.summary(r.report()));
        DiagnosticsRows.at(made, keep).ifPresent(selected::set);
    }

    private void describeSelection() {
        HullRow row = selected.get();
        DiagnoseResult r = result.get();
        if (row == null || r == null) {
            neighbours.clear();
            sources.clear();
            sourcesNote.set("");
            selection.set("Click a point or a table row to see its nearest old tokens and mixture sources.");
            return;
        }
        MatrixReport m = DiagnosticsRows.matrix(r.report(), role.get());
        neighbours.setAll(DiagnosticsRows.neighbours(r.report(), m, row.index()));
        sources.setAll(DiagnosticsRows.sources(r.report(), m, row.index()));
        sourcesNote.set(DiagnosticsRows.sourcesNote(m, row.index()));
        selection.set(String.format(Locale.ROOT, "%s  (id %d, %s) — %s, distance %s to %s",
                row.token(), row.id(), DiagnosticsRows.label(m.role()), row.verdict().name().toLowerCase(Locale.ROOT),
                DiagnosticsRows.number(row.distanceLower()), DiagnosticsRows.number(row.distanceUpper())));
    }

    /// The image of one of [#plots] at the strip's size (decoded with the run, off the FX thread).
    public javafx.scene.image.Image image(Plot plot) {
        return images.image(plot);
    }

    /// One of [#plots] at its own size (decoded now: for a window showing it alone).
    public javafx.scene.image.Image fullImage(Plot plot) {
        return PlotImages.fullImage(plot);
    }

    /// Selects new row `index` (a click on the projection), or nothing for a negative index.
    public void select(int index) {
        selected.set(DiagnosticsRows.at(rows, index).orElse(null));
    }

    /// Asks for the patched model folder.
    public void choosePatched() {
        dialogs.chooseFolder(Optional.ofNullable(patched.get()).or(() -> Optional.ofNullable(base.get())))
                .ifPresent(patched::set);
    }

    /// Asks for a different base folder (the open model is the default).
    public void chooseBase() {
        dialogs.chooseFolder(Optional.ofNullable(base.get())).ifPresent(base::set);
    }

    /// The patched model folder.
    public ObjectProperty<Path> patchedProperty() {
        return patched;
    }

    /// The base model folder.
    public ObjectProperty<Path> baseProperty() {
        return base;
    }

    /// The matrix shown: the input embedding or the untied head.
    public ObjectProperty<MatrixRole> roleProperty() {
        return role;
    }

    /// Whether there is an untied head to switch to.
    public ReadOnlyBooleanProperty untiedProperty() {
        return untied.getReadOnlyProperty();
    }

    /// What is missing before a run, "" when nothing.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /// The last run's result, null before one finished.
    public ReadOnlyObjectProperty<DiagnoseResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /// Verdict counts per matrix, or a hint.
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// The hull table's rows for the chosen matrix.
    public ObservableList<HullRow> rows() {
        return rows;
    }

    /// The core's histograms of the chosen matrix.
    public ObservableList<Plot> plots() {
        return plots;
    }

    /// The projection's points for the chosen matrix.
    public ReadOnlyObjectProperty<ProjectionPoints> projectionProperty() {
        return projection.getReadOnlyProperty();
    }

    /// The selected token (table row or projection point), null when none.
    public ObjectProperty<HullRow> selectedProperty() {
        return selected;
    }

    /// The selected token's nearest old tokens with their cosines.
    public ObservableList<TokenWeight> neighbours() {
        return neighbours;
    }

    /// The selected token's heaviest mixture sources with their weights.
    public ObservableList<TokenWeight> sources() {
        return sources;
    }

    /// One line about the selected token, or a hint.
    public ReadOnlyStringProperty selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /// The selected token's strategy and origin, and what the sources list leaves out.
    public ReadOnlyStringProperty sourcesNoteProperty() {
        return sourcesNote.getReadOnlyProperty();
    }
}
