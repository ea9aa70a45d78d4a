package org.vwb.embedinit.eval;

import java.io.IOException;

/// The benchmark cannot run on this model as asked; the message gives the numbers involved.
public final class ReconstructionException extends IOException {
    private static final long serialVersionUID = 1L;

    /// What was wrong.
    public enum Reason {
        /// Fewer eligible tokens than the requested hold-out.
        TOO_FEW_ELIGIBLE,
        /// The reduced tokenizer still produces a held-out piece.
        STILL_REACHABLE,
        /// A tokenizer file (or model type) the benchmark cannot reduce.
        UNSUPPORTED_TOKENIZER
    }

    private final Reason reason;

    /// @param reason  the category
    /// @param message names the file or numbers, what was expected and what was found
    public ReconstructionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /// The category.
    public Reason reason() {
        return reason;
    }
}
