package org.vwb.ui.internal;

import java.util.Locale;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.vwb.core.CandidateEntry;

/// The Candidates table's filters: text in the piece or its text, a least frequency, and the row shape.
public final class CandidateFilters {

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final IntegerProperty minFrequency = new SimpleIntegerProperty(this, "minFrequency", 0);
    private final ObjectProperty<RowFilter> shape = new SimpleObjectProperty<>(this, "shape", RowFilter.ALL);
    private final ObjectBinding<Predicate<CandidateRow>> predicate =
            Bindings.createObjectBinding(this::predicateNow, search, minFrequency, shape);

    /// The rows that pass all three filters, recomputed when one changes.
    ObjectBinding<Predicate<CandidateRow>> predicate() {
        return predicate;
    }

    private Predicate<CandidateRow> predicateNow() {
        String needle = search.get() == null ? "" : search.get().toLowerCase(Locale.ROOT);
        long min = minFrequency.get();
        RowFilter s = shape.get() == null ? RowFilter.ALL : shape.get();
        return r -> {
            CandidateEntry e = r.entry();
            return e.frequency() >= min
                    && (s == RowFilter.ALL || (s == RowFilter.MERGES) == e.hasParts())
                    && (needle.isEmpty() || e.piece().toLowerCase(Locale.ROOT).contains(needle)
                    || e.text().toLowerCase(Locale.ROOT).contains(needle));
        };
    }

    /// Text the piece or its text must contain (case-insensitive); empty = any.
    public StringProperty searchProperty() {
        return search;
    }

    /// The least frequency a shown row has.
    public IntegerProperty minFrequencyProperty() {
        return minFrequency;
    }

    /// Which rows are shown by shape.
    public ObjectProperty<RowFilter> shapeProperty() {
        return shape;
    }
}
