package org.vwb.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/// A model folder that cannot be used as it is, with the [Reason], the file involved and a message that
/// names the field or tensor and what was expected versus found.
///
/// Only inconsistencies that would make a model unusable (or make our edits wrong) are errors; softer
/// findings are [ModelWarning]s on the result instead. The package documentation lists which is which.
public final class ModelFolderException extends IOException {
    private static final long serialVersionUID = 1L;

    /// Every way a folder can be rejected.
    public enum Reason {
        /// The path does not exist or is not a directory.
        NOT_A_DIRECTORY,
        /// There is no `config.json`.
        NO_CONFIG,
        /// `config.json` is not a JSON object (syntax error, duplicate key, or another top-level type).
        CONFIG_NOT_JSON,
        /// A required `config.json` field (`vocab_size`, `hidden_size` or an alias) is absent.
        CONFIG_FIELD_MISSING,
        /// A `config.json` field has the wrong type or an out-of-range value.
        CONFIG_FIELD_INVALID,
        /// Neither `model.safetensors` nor `model.safetensors.index.json` is present.
        NO_WEIGHTS,
        /// No tensor matches the known input-embedding names.
        EMBEDDING_NOT_FOUND,
        /// The embedding is not a matrix, or its column count differs from `hidden_size`.
        EMBEDDING_SHAPE_MISMATCH,
        /// The embedding has fewer rows than `config.json`'s `vocab_size`.
        VOCAB_SIZE_MISMATCH,
        /// The tokenizer has more ids than the embedding has rows.
        TOKENIZER_EXCEEDS_EMBEDDING,
        /// An untied LM head whose shape differs from the embedding's.
        HEAD_SHAPE_MISMATCH
    }

    private final Reason reason;
    private final transient Path file;

    /// Creates the exception; `message` should not repeat the file name, which is prefixed here.
    public ModelFolderException(Reason reason, Path file, String message) {
        super(file + ": " + message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = Objects.requireNonNull(file, "file");
    }

    /// Creates the exception with the lower-level cause (a JSON parser error, for instance).
    public ModelFolderException(Reason reason, Path file, String message, Throwable cause) {
        this(reason, file, message);
        initCause(cause);
    }

    /// Why the folder was rejected.
    public Reason reason() {
        return reason;
    }

    /// The file (or folder) the problem is in.
    public Path file() {
        return file;
    }
}
