package org.vwb.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.vwb.common.Job;
import org.vwb.core.CandidateEntry;
import org.vwb.core.ExpandSummary;
import org.vwb.core.Recipe;
import org.vwb.core.RecipeFiles;
import org.vwb.core.Workbench;
import org.vwb.model.ModelSummary;
import org.vwb.ui.DialogService;
import org.vwb.ui.JobRunner;
import org.vwb.vocab.mine.Script;

/// The Export screen's state: the output folder, the plan, the run of `expand` with its result, and the
/// recipe that repeats the run headless (`vwb expand --recipe`). The recipe is built from the other
/// screens: base and corpus and the selected pieces (Candidates), strategy and options (Initialize).
public final class ExportViewModel {

    /// What `Run` shows: the core's summary and `inspect` of the written folder.
    ///
    /// @param summary what expand did
    /// @param written the output folder's summary
    public record Outcome(ExpandSummary summary, ModelSummary written) {
    }

    private final Workbench workbench;
    private final JobRunner runner;
    private final DialogService dialogs;
    private final CandidatesViewModel candidates;
    private final InitializeViewModel init;
    private final ScratchFolders scratch;
    private final ObjectProperty<Path> output = new SimpleObjectProperty<>(this, "output");
    private final BooleanProperty overwrite = new SimpleBooleanProperty(this, "overwrite");
    private final ObjectProperty<Recipe.Pieces> loadedPieces = new SimpleObjectProperty<>(this, "loadedPieces");
    private final ObservableList<SummaryRow> planRows = FXCollections.observableArrayList();
    private final ObservableList<SummaryRow> resultRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private Recipe.Diagnostics diagnostics = new Recipe.Diagnostics(true, 2000, 10);
    private int padToMultipleOf = 1;

    /// A view model over the other screens' state; jobs go through `runner`.
    public ExportViewModel(Workbench workbench, JobRunner runner, DialogService dialogs, CandidatesViewModel candidates,
                           InitializeViewModel init, ScratchFolders scratch) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.init = Objects.requireNonNull(init, "init");
        this.scratch = Objects.requireNonNull(scratch, "scratch");
        candidates.selection().countProperty().addListener((o, was, now) -> {
            if (now.intValue() > 0) {
                loadedPieces.set(null); // a selection made here replaces the pieces of a loaded recipe
            }
        });
    }

    /// The recipe of the current state. The selected candidates are written to `selectionCsv` (the
    /// recipe's `pieces.from`); a loaded recipe's mine/import pieces are used when nothing is selected.
    ///
    /// @throws IllegalStateException naming what is missing
    public Recipe recipe(Path selectionCsv) throws IOException {
        Path base = candidates.baseProperty().get();
        if (base == null) {
            throw new IllegalStateException("open a model first");
        }
        if (output.get() == null) {
            throw new IllegalStateException("choose the output folder first");
        }
        init.validate().ifPresent(p -> {
            throw new IllegalStateException("Initialize: " + p);
        });
        return new Recipe(base, pieces(selectionCsv), init.method(), init.head(), init.fallbackProperty().get(),
                init.copyOverlapProperty().get(), padToMultipleOf, diagnostics, output.get(), init.seed());
    }

    private Recipe.Pieces pieces(Path csv) throws IOException {
        List<CandidateEntry> selected = candidates.selection().entries();
        List<Path> corpus = List.copyOf(candidates.corpus());
        if (!selected.isEmpty()) {
            workbench.writeCandidates(selected, csv);
            return new Recipe.Pieces(Recipe.Source.CANDIDATES, corpus, selected.size(),
                    candidates.mineMinFrequencyProperty().get(), 16, Script.CJK, csv.toAbsolutePath());
        }
        Recipe.Pieces loaded = loadedPieces.get();
        if (loaded == null) {
            throw new IllegalStateException("select candidates on the Candidates tab first");
        }
        return new Recipe.Pieces(loaded.source(), corpus, loaded.count(), loaded.minFrequency(), loaded.maxChars(),
                loaded.script(), loaded.from());
    }

    private Optional<Recipe> current(String what) {
        try {
            return Optional.of(recipe(Path.of(scratch.newPath("selection") + ".csv")));
        } catch (IllegalStateException | IllegalArgumentException | IOException e) {
            dialogs.showError("Cannot " + what + " yet.", e);
            return Optional.empty();
        }
    }

    /// Asks for the output folder (a new one; an existing one needs Overwrite).
    public void chooseOutput() {
        dialogs.chooseNewFolder("Write the expanded model to",
                Optional.ofNullable(output.get()).or(() -> Optional.ofNullable(candidates.baseProperty().get())))
                .ifPresent(output::set);
    }

    /// Shows what a run would do (stages, bytes, disk space) from the core's plan.
    public void plan() {
        current("plan").ifPresent(r -> runner.submit("Planning the export", ctx -> workbench.planExpand(r),
                p -> planRows.setAll(ExportRows.plan(p)), e -> dialogs.showError("Could not plan the export.", e)));
    }

    /// Runs the expansion (per-stage progress and Cancel in the status bar), then summarises the output.
    public void run() {
        current("export").ifPresent(r -> {
            Job<Outcome> job = ctx -> {
                ExpandSummary s = workbench.expand(r, overwrite.get()).run(ctx);
                return new Outcome(s, workbench.inspect(s.output()).run(ctx));
            };
            resultRows.clear();
            runner.submit("Exporting to " + r.output().getFileName(), job, this::show,
                    e -> dialogs.showError("The export to " + r.output() + " failed.", e));
        });
    }

    private void show(Outcome o) {
        outcome.set(o);
        resultRows.setAll(ExportRows.result(o.summary(), o.written()));
    }

    /// Asks where to save the recipe and writes it, with the selected pieces as a CSV beside it.
    public void saveRecipe() {
        dialogs.chooseRecipe(true, Optional.ofNullable(output.get())).ifPresent(file -> {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            try {
                RecipeFiles.write(recipe(file.resolveSibling(name + ".candidates.csv")), file);
            } catch (IllegalStateException | IllegalArgumentException | IOException e) {
                dialogs.showError("Could not save the recipe " + file + ".", e);
            }
        });
    }

    /// Takes the output and the pieces of a loaded recipe (the other screens take their own parts).
    void apply(Recipe r) {
        output.set(r.output());
        diagnostics = r.diagnostics();
        padToMultipleOf = r.padToMultipleOf();
        loadedPieces.set(r.pieces().source() == Recipe.Source.CANDIDATES ? null : r.pieces());
        planRows.clear();
        resultRows.clear();
    }

    /// The output folder.
    public ObjectProperty<Path> outputProperty() {
        return output;
    }

    /// Whether an existing output folder may be replaced.
    public BooleanProperty overwriteProperty() {
        return overwrite;
    }

    /// Pieces from a loaded mine/import recipe, used while nothing is selected; null otherwise.
    public ReadOnlyObjectProperty<Recipe.Pieces> loadedPiecesProperty() {
        return loadedPieces;
    }

    /// The plan's lines (empty before Plan).
    public ObservableList<SummaryRow> planRows() {
        return planRows;
    }

    /// The last run's lines (empty before a run).
    public ObservableList<SummaryRow> resultRows() {
        return resultRows;
    }

    /// The last run's outcome, null before one finished.
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
