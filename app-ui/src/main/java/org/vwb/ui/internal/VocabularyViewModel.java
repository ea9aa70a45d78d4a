package org.vwb.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.vwb.core.VocabEntry;
import org.vwb.core.Workbench;
import org.vwb.ui.DialogService;
import org.vwb.ui.JobRunner;
import org.vwb.vocab.TokenKind;

/// The Vocabulary tab's state: the base vocabulary from the core, and a filter by text (piece or decoded
/// text contains it), by kind (null = every kind) and by "contains CJK".
public final class VocabularyViewModel {

    private final Workbench workbench;
    private final JobRunner runner;
    private final DialogService dialogs;
    private final ObservableList<VocabEntry> all = FXCollections.observableArrayList();
    private final FilteredList<VocabEntry> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<TokenKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final BooleanProperty cjkOnly = new SimpleBooleanProperty(this, "cjkOnly");

    /// A view model that loads vocabularies through `runner`.
    public VocabularyViewModel(Workbench workbench, JobRunner runner, DialogService dialogs) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::filter, search, kind, cjkOnly));
    }

    /// Loads the vocabulary of `folder` (off the FX thread).
    public void load(Path folder) {
        runner.submit("Reading vocabulary of " + folder.getFileName(), workbench.vocabulary(folder),
                this::show, e -> dialogs.showError("Could not read the vocabulary of " + folder + ".", e));
    }

    private void show(List<VocabEntry> entries) {
        all.setAll(entries);
    }

    private Predicate<VocabEntry> filter() {
        String needle = search.get() == null ? "" : search.get().toLowerCase(Locale.ROOT);
        TokenKind k = kind.get();
        boolean cjk = cjkOnly.get();
        return e -> (k == null || e.kind() == k) && (!cjk || e.cjk()) && (needle.isEmpty()
                || e.piece().toLowerCase(Locale.ROOT).contains(needle) || e.text().toLowerCase(Locale.ROOT).contains(needle));
    }

    /// The entries that pass the filter, ordered by id.
    public ObservableList<VocabEntry> shown() {
        return shown;
    }

    /// Number of entries loaded, before filtering.
    public int total() {
        return all.size();
    }

    /// Text that the piece or its decoded text must contain (case-insensitive); empty = any.
    public StringProperty searchProperty() {
        return search;
    }

    /// The kind to show; null = every kind.
    public ObjectProperty<TokenKind> kindProperty() {
        return kind;
    }

    /// Whether only pieces containing a Han ideograph are shown.
    public BooleanProperty cjkOnlyProperty() {
        return cjkOnly;
    }
}
