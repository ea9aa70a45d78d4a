package org.vwb.core;

import java.util.List;
import java.util.Objects;

/// One labelled line of a model summary, as both front ends show it.
///
/// @param label   what the line is about, e.g. `Architecture`; `Warning` for each warning
/// @param values  the text, first line first; further lines continue the same aspect (e.g. the
///                tokenizer's files under the tokenizer)
/// @param warning whether the line is a warning (front ends highlight it)
public record SummaryLine(String label, List<String> values, boolean warning) {

    /// Validates the parts and copies the values.
    public SummaryLine {
        Objects.requireNonNull(label, "label");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("summary line '" + label + "' has no text");
        }
    }
}
