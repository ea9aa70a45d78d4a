package org.vwb.embedinit.report;

import java.util.Objects;

/// One group (category) of a grouped bar chart.
///
/// @param label the category's name under its bars
/// @param muted drawn in grey italics (e.g. a baseline among the methods)
public record BarGroup(String label, boolean muted) {
    /// Checks the label is present.
    public BarGroup {
        Objects.requireNonNull(label, "label");
    }
}
