package org.vwb.model.patch;

import java.util.Objects;

/// One thing a verification found different from what it expected.
///
/// @param file     the file, relative to the output folder
/// @param item     the tensor, field or property
/// @param expected what was expected
/// @param found    what was found
public record Difference(String file, String item, String expected, String found) {

    /// Validates presence.
    public Difference {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
    }

    @Override
    public String toString() {
        return file + ": " + item + ": expected " + expected + ", found " + found;
    }
}
