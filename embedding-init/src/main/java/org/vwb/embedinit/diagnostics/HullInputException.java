package org.vwb.embedinit.diagnostics;

import java.io.IOException;

/// The base or query matrices (or recorded mixtures) cannot be diagnosed as given.
public final class HullInputException extends IOException {
    private static final long serialVersionUID = 1L;

    /// What was wrong.
    public enum Reason {
        /// Query rows and base rows have different widths, or a mixture list has the wrong length.
        DIMENSION_MISMATCH,
        /// A NaN or infinite entry.
        NON_FINITE,
        /// Fewer than two base rows.
        TOO_FEW_BASE_ROWS
    }

    private final Reason reason;

    /// @param reason  the category
    /// @param message names the matrix, what was expected and what was found
    public HullInputException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /// The category.
    public Reason reason() {
        return reason;
    }
}
