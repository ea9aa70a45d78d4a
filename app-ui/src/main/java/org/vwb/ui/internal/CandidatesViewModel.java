package org.vwb.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.vwb.core.CandidateEntry;
import org.vwb.core.CandidateTable;
import org.vwb.core.CandidateTableRequest;
import org.vwb.core.ImportCandidatesRequest;
import org.vwb.core.MergeReportLines;
import org.vwb.core.MineRequest;
import org.vwb.core.SelectionRequest;
import org.vwb.core.SummaryLine;
import org.vwb.core.Workbench;
import org.vwb.ui.DialogService;
import org.vwb.ui.JobRunner;
import org.vwb.vocab.merge.MergeReport;
import org.vwb.vocab.mine.MiningOptions;
import org.vwb.vocab.mine.Script;

/// The Candidates screen's state: the corpus files, the candidate table (mined by the core, read from a
/// CSV or imported from another tokenizer), the check-box selection with its filters, the live measurement of the selection
/// ([SelectionMeasure]) and the merge with its report.
public final class CandidatesViewModel {

    private static final String NO_TABLE = "No candidates yet: add corpus files and mine, or import a candidates CSV or a tokenizer.";

    private final Workbench workbench;
    private final JobRunner runner;
    private final DialogService dialogs;
    private final ScratchFolders scratch;
    private final SelectionMeasure measure;
    private final CandidateSelection selection;
    private final ReadOnlyObjectWrapper<Path> base = new ReadOnlyObjectWrapper<>(this, "base");
    private final ObservableList<Path> corpus = FXCollections.observableArrayList();
    private final IntegerProperty additions = new SimpleIntegerProperty(this, "additions", 200);
    private final IntegerProperty mineMinFrequency = new SimpleIntegerProperty(this, "mineMinFrequency", 2);
    private final ObjectProperty<Script> importScript = new SimpleObjectProperty<>(this, "importScript",
            Script.CJK_WORD_START);
    private final ReadOnlyStringWrapper tableInfo = new ReadOnlyStringWrapper(this, "tableInfo", NO_TABLE);
    private final ReadOnlyObjectWrapper<Path> tableSource = new ReadOnlyObjectWrapper<>(this, "tableSource");
    private final ObservableList<SummaryLine> mergeLines = FXCollections.observableArrayList();
    private final ObservableList<SummaryLine> mergeLinesView = FXCollections.unmodifiableObservableList(mergeLines);
    private final ReadOnlyObjectWrapper<Path> merged = new ReadOnlyObjectWrapper<>(this, "merged");
    private final BooleanBinding canMine;
    private final BooleanBinding canMerge;

    /// A view model that runs mining, import and merge through `runner` (shown, cancellable) and the
    /// selection measurement through `background` (quiet), `quiet` after the last selection change.
    public CandidatesViewModel(Workbench workbench, JobRunner runner, JobRunner background, DialogService dialogs,
                               Debouncer quiet, ScratchFolders scratch) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.scratch = Objects.requireNonNull(scratch, "scratch");
        this.measure = new SelectionMeasure(workbench, background, quiet, scratch);
        this.selection = new CandidateSelection(measure::changed);
        measure.readFrom(() -> new SelectionMeasure.Input(base.get(), selection.entries(), List.copyOf(corpus)));
        canMine = base.isNotNull().and(Bindings.isNotEmpty(corpus));
        canMerge = base.isNotNull().and(selection.countProperty().greaterThan(0));
    }

    /// Follows the model folder that was opened: its tokenizer is the base from now on.
    public void modelOpened(Path folder) {
        base.set(folder);
        selection.setRows(List.of());
        tableSource.set(null);
        mergeLines.clear();
        merged.set(null);
        measure.useTokenizer(null);
        tableInfo.set(NO_TABLE);
    }

    /// Asks for corpus files and adds the new ones.
    public void addCorpusFiles() {
        List<Path> chosen = dialogs.chooseCorpusFiles(corpus.isEmpty() ? Optional.empty() : Optional.of(corpus.getLast()));
        addCorpus(chosen);
    }

    /// Adds `files` to the corpus (each once).
    public void addCorpus(List<Path> files) {
        files.stream().map(p -> p.toAbsolutePath().normalize()).filter(p -> !corpus.contains(p)).forEach(corpus::add);
        measure.changed();
    }

    /// Empties the corpus.
    public void clearCorpus() {
        corpus.clear();
        measure.changed();
    }

    /// Mines `additions` candidates from the corpus with the core (progress and cancel in the status bar).
    public void mine() {
        if (!canMine.get()) {
            dialogs.showError("Mining needs an open model and at least one corpus file.",
                    new IllegalStateException("open a model folder and add corpus files first"));
            return;
        }
        Path folder = base.get();
        MineRequest request;
        try {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1); // one core stays with the UI
            request = new MineRequest(folder, List.copyOf(corpus), new MiningOptions(additions.get(),
                    mineMinFrequency.get(), 16, Script.CJK, false, threads),
                    Path.of(scratch.newPath("candidates") + ".csv"));
        } catch (IllegalArgumentException | IOException e) {
            dialogs.showError("Cannot mine with these settings.", e);
            return;
        }
        runner.submit("Mining " + additions.get() + " candidates", workbench.mineCandidates(request),
                t -> showTable(folder, t), e -> dialogs.showError("Mining candidates failed.", e));
    }

    /// Asks for a candidates CSV and reads it with the core.
    public void importCandidates() {
        Path folder = base.get();
        if (folder == null) {
            dialogs.showError("Open a model first: candidates are read for its tokenizer.",
                    new IllegalStateException("no model folder is open"));
            return;
        }
        dialogs.chooseCandidatesFile(corpus.isEmpty() ? Optional.empty() : Optional.of(corpus.getFirst()))
                .ifPresent(csv -> runner.submit("Reading " + csv.getFileName(),
                        workbench.readCandidates(new CandidateTableRequest(folder, csv)), t -> showTable(folder, t),
                        e -> dialogs.showError("Could not read the candidates file " + csv + ".", e)));
    }

    /// Asks for a tokenizer (`tokenizer.json`, `tokenizer.model`) and lists, with the core, its pieces the base
    /// lacks as the table; the corpus (if any) gives each its frequency and tokens saved.
    public void importTokenizer() {
        if (base.get() == null) {
            dialogs.showError("Open a model first: a tokenizer is imported into its tokenizer.",
                    new IllegalStateException("no model folder is open"));
            return;
        }
        dialogs.chooseTokenizer(Optional.ofNullable(merged.get() != null ? merged.get() : base.get()))
                .ifPresent(this::importTokenizer);
    }

    /// Lists the pieces of the tokenizer `tokenizer` (a file or a folder holding one) that the base lacks, as
    /// the table, filtered by [#importScriptProperty] and counted on the corpus.
    public void importTokenizer(Path tokenizer) {
        Path folder = base.get();
        ImportCandidatesRequest request = new ImportCandidatesRequest(folder, tokenizer, List.copyOf(corpus),
                importScript.get());
        runner.submit("Importing the pieces of " + tokenizer.getFileName(), workbench.importCandidates(request),
                t -> showTable(folder, t, TableInfo.imported(t, !corpus.isEmpty())),
                e -> dialogs.showError("Could not import the tokenizer " + tokenizer + ".", e));
    }


    /// Reads the candidates CSV `csv` (a recipe's piece list) and selects its first `top` rows.
    public void loadTable(Path csv, int top) {
        Path folder = base.get();
        runner.submit("Reading " + csv.getFileName(), workbench.readCandidates(new CandidateTableRequest(folder, csv)),
                t -> {
                    showTable(folder, t);
                    selection.selectFirst(top);
                }, e -> dialogs.showError("Could not read the candidates file " + csv + ".", e));
    }

    private void showTable(Path folder, CandidateTable table) {
        showTable(folder, table, TableInfo.of(table));
    }

    private void showTable(Path folder, CandidateTable table, String info) {
        if (!folder.equals(base.get())) {
            return; // another model was opened meanwhile
        }
        selection.setRows(table.rows());
        tableSource.set(table.source());
        tableInfo.set(info);
    }


    /// Asks for a new folder and merges the selected rows into the base tokenizer there (the corpus is the
    /// merge's check corpus); the report is shown and the folder becomes the preview's "after" tokenizer.
    public void merge() {
        if (!canMerge.get()) {
            dialogs.showError("Select candidates to merge first.", new IllegalStateException("nothing is selected"));
            return;
        }
        Path folder = base.get();
        List<CandidateEntry> selected = selection.entries();
        dialogs.chooseNewFolder("Write the expanded tokenizer to", Optional.ofNullable(folder.getParent()))
                .ifPresent(out -> runner.submit("Merging " + selected.size() + " pieces into " + out.getFileName(),
                        workbench.mergeSelection(new SelectionRequest(folder, selected, out, List.copyOf(corpus))),
                        r -> showReport(out, r), e -> dialogs.showError("The merge into " + out + " failed.", e)));
    }

    private void showReport(Path out, MergeReport report) {
        mergeLines.setAll(MergeReportLines.of(report));
        merged.set(out);
        measure.useTokenizer(out);
    }

    /// Removes the scratch files (mined CSVs, measured tokenizers); call when the window closes.
    public void dispose() {
        measure.stop();
        try {
            scratch.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// The live measurement of the selection.
    public SelectionMeasure measure() {
        return measure;
    }

    /// The open model's folder (the base tokenizer), null before one is open.
    public ReadOnlyObjectProperty<Path> baseProperty() {
        return base.getReadOnlyProperty();
    }

    /// The corpus files: mined from, measured on, checked by the merge.
    public ObservableList<Path> corpus() {
        return corpus;
    }

    /// How many candidates mining proposes.
    public IntegerProperty additionsProperty() {
        return additions;
    }

    /// The least corpus frequency of a mined candidate.
    public IntegerProperty mineMinFrequencyProperty() {
        return mineMinFrequency;
    }

    /// Which pieces of an imported tokenizer are listed, by the script of their text.
    public ObjectProperty<Script> importScriptProperty() {
        return importScript;
    }

    /// The table's rows, filters and selection.
    public CandidateSelection selection() {
        return selection;
    }

    /// Where the table came from, and its corpus figures when mined.
    public ReadOnlyStringProperty tableInfoProperty() {
        return tableInfo.getReadOnlyProperty();
    }

    /// The candidates CSV the table was mined into or read from, null without a table.
    public ReadOnlyObjectProperty<Path> tableSourceProperty() {
        return tableSource.getReadOnlyProperty();
    }

    /// The last merge's report lines (empty before a merge).
    public ObservableList<SummaryLine> mergeLines() {
        return mergeLinesView;
    }

    /// The folder the last merge wrote, null before a merge.
    public ReadOnlyObjectProperty<Path> mergedProperty() {
        return merged.getReadOnlyProperty();
    }

    /// Whether [#mine] can run (a model is open and the corpus is not empty).
    public BooleanBinding canMineProperty() {
        return canMine;
    }

    /// Whether [#merge] can run (a model is open and rows are selected).
    public BooleanBinding canMergeProperty() {
        return canMerge;
    }
}
