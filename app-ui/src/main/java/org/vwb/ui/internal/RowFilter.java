package org.vwb.ui.internal;

/// Which rows of the Candidates table to show by shape.
public enum RowFilter {
    /// Every row.
    ALL("All rows"),
    /// Rows that merge two parts (words, multi-character pieces).
    MERGES("Merges only"),
    /// Rows without parts: single characters the base covers by byte fallback only.
    CHARACTERS("Characters only");

    private final String label;

    RowFilter(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
