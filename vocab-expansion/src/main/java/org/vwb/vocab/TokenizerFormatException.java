package org.vwb.vocab;

import java.io.IOException;

/// A tokenizer file that cannot be read, with the [Reason] and a message naming the file and field.
public final class TokenizerFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /// Why a tokenizer file was rejected.
    public enum Reason {
        /// The bytes are not a SentencePiece `ModelProto` (or are truncated).
        NOT_A_MODEL_PROTO,
        /// The file is not JSON, or not the expected JSON shape.
        NOT_JSON,
        /// `model.type` is missing or not one this tool supports.
        UNKNOWN_MODEL_TYPE,
        /// The same piece appears twice.
        DUPLICATE_PIECE,
        /// Two entries claim the same id, or an id is negative.
        DUPLICATE_ID,
        /// A merge names a piece that is not in the vocabulary.
        MERGE_MISSING_PIECE,
        /// An added token collides with a different model piece of the same id or text.
        ADDED_TOKEN_COLLISION,
        /// A field has the wrong type or an out-of-range value.
        INVALID_FIELD
    }

    private final Reason reason;

    /// Creates the exception.
    public TokenizerFormatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /// Creates the exception with a cause.
    public TokenizerFormatException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /// Why the file was rejected.
    public Reason reason() {
        return reason;
    }
}
