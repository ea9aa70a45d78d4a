package org.vwb.model;

import java.util.Objects;

/// A finding that does not stop the folder from being used but that a user should know about.
///
/// @param code    stable identifier, for scripts and tests
/// @param message one sentence naming the file, field or tensor and the numbers involved
public record ModelWarning(Code code, String message) {

    /// The kinds of warnings.
    public enum Code {
        /// The architecture was not recognised; the embedding was found by name pattern.
        ARCHITECTURE_GUESSED,
        /// A separate LM head is stored although the config says the embeddings are tied.
        HEAD_STORED_BUT_TIED,
        /// The config says untied, but no LM head tensor is stored; treated as tied.
        HEAD_MISSING_BUT_UNTIED,
        /// The embedding has more rows than `vocab_size` says (the config is stale).
        VOCAB_SIZE_BELOW_ROWS,
        /// The embedding has rows beyond the tokenizer's ids (padding, e.g. to a multiple of 64).
        PADDED_ROWS,
        /// No tokenizer file that this tool reads is present.
        NO_TOKENIZER,
        /// A special token id in the config lies outside the embedding.
        SPECIAL_ID_OUT_OF_RANGE,
        /// Tensor dtypes differ from the config's `torch_dtype`.
        DTYPE_DIFFERS_FROM_CONFIG
    }

    /// Validates both parts.
    public ModelWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
