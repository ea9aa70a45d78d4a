package org.vwb.model.patch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/// A patch request that cannot be carried out, with the [Reason], the file involved and a message that
/// names the tensor or field and what was expected versus found. Nothing has been written when it is
/// thrown.
public final class PatchException extends IOException {
    private static final long serialVersionUID = 1L;

    /// Every way a request is refused.
    public enum Reason {
        /// A new row is not as wide as the tensor it extends (the hidden or embedding size).
        ROW_WIDTH,
        /// The new row counts disagree with `newVocabSize` minus the base's rows, or there are no new rows.
        ROW_COUNT,
        /// Head rows were given, but the model's head is tied to the embedding or absent.
        HEAD_ROWS_FOR_TIED,
        /// The model has a separate LM head, but no head rows were given.
        HEAD_ROWS_MISSING,
        /// The base stores an LM-head bias, but no new bias entries were given.
        HEAD_BIAS_MISSING,
        /// Bias entries were given, but the base stores no LM-head bias.
        HEAD_BIAS_UNEXPECTED,
        /// A new value is NaN or infinite, or becomes infinite in the tensor's dtype (F16 above 65504).
        NOT_FINITE,
        /// `newVocabSize` is not the tokenizer size rounded up to `padToMultipleOf`.
        PADDING,
        /// The tokenizer folder has no tokenizer, its size does not fit the rows, or it does not extend
        /// the base's tokenizer (an old id's piece changed, or new ids would land on the base's padding rows).
        TOKENIZER_MISMATCH,
        /// A tensor to extend has a dtype without f32 conversion (an integer or 8-bit type).
        UNSUPPORTED_DTYPE,
        /// `config.json` states the vocabulary size in a place the model config reader does not use, which
        /// would be left stale.
        CONFIG_UNSUPPORTED,
        /// An extra file's name is not a plain file name, collides with a model file, or its source is missing.
        EXTRA_FILE_INVALID,
        /// The output is the base folder, lies inside it, or contains the base, the tokenizer folder or an
        /// extra file's source.
        OUTPUT_OVERLAPS_INPUT,
        /// The output folder exists and overwriting was not allowed.
        OUTPUT_EXISTS,
        /// The file system of the output has less usable space than the patch needs.
        DISK_SPACE,
        /// The base's weights changed between the start of the copy of its unchanged tensors and the write.
        BASE_CHANGED
    }

    private final Reason reason;
    private final transient Path file;

    /// Creates the exception; `message` should not repeat the file name, which is prefixed here.
    public PatchException(Reason reason, Path file, String message) {
        super(file + ": " + message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = Objects.requireNonNull(file, "file");
    }

    /// Why the request was refused.
    public Reason reason() {
        return reason;
    }

    /// The file or folder the problem is in.
    public Path file() {
        return file;
    }
}
