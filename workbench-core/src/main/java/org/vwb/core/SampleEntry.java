package org.vwb.core;

import java.util.Objects;

/// A sample model folder that [Workbench#writeSample] can create.
///
/// @param name        the name users type, e.g. `tiny-llama-tied-f32`
/// @param description one line: what it is and what it is good for
/// @param synthetic   whether the weights are generated (true) or real trained weights (false)
public record SampleEntry(String name, String description, boolean synthetic) {

    /// Validates the parts.
    public SampleEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
