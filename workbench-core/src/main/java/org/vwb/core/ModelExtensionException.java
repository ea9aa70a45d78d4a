package org.vwb.core;

import java.io.IOException;
import java.util.Objects;

/// The patched model is not an extension of the base: the diagnostics compare the new rows with the old
/// ones, which is meaningful only when the patched model kept the base's rows exactly and added rows.
public final class ModelExtensionException extends IOException {
    private static final long serialVersionUID = 1L;

    /// Why the pair was refused.
    public enum Reason {
        /// The embeddings have different widths (hidden sizes).
        DIMENSION_MISMATCH,
        /// The embeddings (or heads) are stored in different dtypes, so rows cannot be compared byte for byte.
        DTYPE_MISMATCH,
        /// One model has an untied head and the other does not.
        HEAD_MISMATCH,
        /// The patched model has no more rows than the base.
        NO_NEW_ROWS,
        /// An old row of the patched embedding or head differs from the base's.
        OLD_ROWS_DIFFER,
        /// The matrices are too large to load as one `float` array.
        TOO_LARGE
    }

    private final Reason reason;

    /// @param message names the tensors, files and what was expected versus found
    public ModelExtensionException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /// Why the pair was refused.
    public Reason reason() {
        return reason;
    }
}
