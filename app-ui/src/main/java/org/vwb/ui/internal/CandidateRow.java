package org.vwb.ui.internal;

import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.vwb.core.CandidateEntry;

/// A row of the Candidates table: the core's entry plus the check box the user ticks.
public final class CandidateRow {

    private final CandidateEntry entry;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");

    /// A row for `entry`, not selected.
    public CandidateRow(CandidateEntry entry) {
        this.entry = Objects.requireNonNull(entry, "entry");
    }

    /// The core's row.
    public CandidateEntry entry() {
        return entry;
    }

    /// Whether the row is selected for the merge.
    public BooleanProperty selectedProperty() {
        return selected;
    }

    /// Whether the row is selected for the merge.
    public boolean isSelected() {
        return selected.get();
    }
}
