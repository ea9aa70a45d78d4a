package org.vwb.vocab;

import java.io.IOException;

/// A corpus file that cannot be used, with the [Reason] and a message naming the file (and line).
public final class CorpusFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /// Why a corpus was rejected.
    public enum Reason {
        /// The bytes are not valid UTF-8.
        NOT_UTF8,
        /// The corpus holds no text at all (every file empty or blank).
        EMPTY,
        /// A line of a structured corpus file (e.g. a word-frequency list) does not have the expected shape.
        MALFORMED_LINE
    }

    private final Reason reason;

    /// Creates the exception.
    public CorpusFormatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /// Creates the exception with a cause.
    public CorpusFormatException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /// Why the corpus was rejected.
    public Reason reason() {
        return reason;
    }
}
