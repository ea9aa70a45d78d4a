package org.vwb.ui.internal;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.vwb.core.CandidateEntry;

/// The Candidates table's rows with their check boxes: what is shown through the filters, what is
/// selected (by box, top N, or "everything shown"), and how many. Every change of the selection calls
/// `changed` once — a bulk action once at its end, not once per box.
public final class CandidateSelection {

    private final Runnable changed;
    private final CandidateFilters filters = new CandidateFilters();
    private final ObservableList<CandidateRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CandidateRow> shown = new FilteredList<>(rows);
    private final IntegerProperty topN = new SimpleIntegerProperty(this, "topN", 50);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ChangeListener<Boolean> onTick = (o, was, now) -> ticked(now ? 1 : -1);
    /// True while a bulk action ticks many boxes.
    private boolean bulk;

    CandidateSelection(Runnable changed) {
        this.changed = Objects.requireNonNull(changed, "changed");
        shown.predicateProperty().bind(filters.predicate());
    }

    /// Replaces the rows (none selected).
    void setRows(List<CandidateEntry> entries) {
        rows.forEach(r -> r.selectedProperty().removeListener(onTick));
        List<CandidateRow> next = entries.stream().map(CandidateRow::new).toList();
        next.forEach(r -> r.selectedProperty().addListener(onTick));
        rows.setAll(next);
        count.set(0);
        changed.run();
    }

    private void ticked(int delta) {
        if (!bulk) {
            count.set(count.get() + delta);
            changed.run();
        }
    }

    /// Selects exactly the first `topN` rows of the table (filters ignored).
    public void selectTop() {
        selectFirst(topN.get());
    }

    /// Selects exactly the first `n` rows of the table (filters ignored).
    public void selectFirst(int n) {
        inBulk(() -> {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).selectedProperty().set(i < n);
            }
        });
    }

    /// Adds the rows that pass the filters to the selection.
    public void selectShown() {
        List<CandidateRow> pass = List.copyOf(shown);
        inBulk(() -> pass.forEach(r -> r.selectedProperty().set(true)));
    }

    /// Clears the selection.
    public void clear() {
        inBulk(() -> rows.forEach(r -> r.selectedProperty().set(false)));
    }

    /// Runs `ticks` with the per-box bookkeeping off, then counts once: a top-20,000 selection must not
    /// update the count label 20,000 times on the FX thread.
    private void inBulk(Runnable ticks) {
        bulk = true;
        try {
            ticks.run();
        } finally {
            bulk = false;
        }
        count.set((int) rows.stream().filter(CandidateRow::isSelected).count());
        changed.run();
    }

    /// The selected rows' entries, in table order.
    public List<CandidateEntry> entries() {
        return rows.stream().filter(CandidateRow::isSelected).map(CandidateRow::entry).toList();
    }

    /// Every row, in table order.
    public ObservableList<CandidateRow> rows() {
        return rows;
    }

    /// The rows that pass the filters.
    public ObservableList<CandidateRow> shown() {
        return shown;
    }

    /// The filters behind [#shown].
    public CandidateFilters filters() {
        return filters;
    }

    /// How many rows [#selectTop] selects.
    public IntegerProperty topNProperty() {
        return topN;
    }

    /// How many rows are selected.
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
