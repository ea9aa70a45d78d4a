package org.vwb.core;

import java.io.IOException;
import java.nio.file.Path;

/// A recipe file that cannot be used; the message names the file, the field and what was expected.
public final class RecipeException extends IOException {

    /// An exception for `field` of `file`.
    public RecipeException(Path file, String field, String what) {
        super(file + ": " + (field.isEmpty() ? "" : "field " + field + ": ") + what);
    }
}
