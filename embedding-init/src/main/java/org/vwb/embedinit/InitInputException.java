package org.vwb.embedinit;

import java.io.IOException;

/// Input that an initialization cannot work from, with the [Reason]; the message names the file, matrix
/// or option and what was expected.
public final class InitInputException extends IOException {

    /// Why the input was refused.
    public enum Reason {
        /// An unknown strategy name.
        UNKNOWN_METHOD,
        /// An option that the strategy does not know, or a value of the wrong type or range.
        BAD_OPTION,
        /// A required resource (vectors, dictionary, corpus) missing or unreadable.
        MISSING_RESOURCE,
        /// Row widths that do not match (base matrix vs hidden size, vectors vs each other).
        DIMENSION_MISMATCH,
        /// NaN or infinity in a base matrix.
        NOT_FINITE,
        /// Static vectors that do not fit the tokens (wrong language, too small an overlap).
        WRONG_VECTORS,
        /// A target tokenizer that does not extend the base (old ids changed) or an id mapping with holes.
        NOT_AN_EXTENSION,
        /// A file (provenance CSV, id mapping) whose content is not what was expected.
        BAD_FILE,
        /// A strategy that left a token unplaced where no fallback could place it.
        UNPLACED
    }

    private final Reason reason;

    /// An exception with its reason and a complete message.
    public InitInputException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /// Why the input was refused.
    public Reason reason() {
        return reason;
    }
}
