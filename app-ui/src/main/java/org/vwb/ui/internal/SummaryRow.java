package org.vwb.ui.internal;

import java.util.Objects;

/// One line of the Summary pane.
///
/// @param label   what the line is about, e.g. `Architecture`
/// @param value   the text shown
/// @param warning whether the line is a warning (highlighted)
public record SummaryRow(String label, String value, boolean warning) {

    /// Validates the parts.
    public SummaryRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
