package org.vwb.align;

import java.io.IOException;
import java.nio.file.Path;

/// A vector file, model or dictionary that cannot be read, with the [Reason] it was rejected for.
///
/// The message names the file and, for text formats, the 1-based line (for binary formats the byte
/// offset), and says what was expected and what was found.
public final class VectorFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /// Every way an input can be rejected. Each has a test that builds the bad input by hand.
    public enum Reason {
        /// The first line of a `.vec` / word2vec file is not `count dim` with positive integers.
        BAD_HEADER,
        /// A row holds a different number of values than the header (or, for GloVe, the first row) says.
        DIMENSION_MISMATCH,
        /// A row has no word, or a dictionary line does not have exactly two columns.
        WRONG_TOKEN_COUNT,
        /// A value is not a decimal number.
        NOT_A_NUMBER,
        /// A value is NaN or infinite (or overflows float32).
        NON_FINITE,
        /// The header's word count disagrees with the rows the file holds.
        COUNT_MISMATCH,
        /// The file ends in the middle of a header, a word or a vector.
        TRUNCATED,
        /// A fastText `.bin` does not start with the magic number 793712314.
        BAD_MAGIC,
        /// A fastText `.bin` of a file-format version this reader does not know.
        UNSUPPORTED_VERSION,
        /// A quantized fastText model (`.ftz`): its product-quantized matrices are not supported.
        QUANTIZED,
        /// A fastText `.bin` whose parts contradict each other (matrix shape vs. dictionary and args).
        INCONSISTENT_MODEL,
        /// The input holds no vectors (or no dictionary pairs) at all.
        EMPTY,
        /// A CC-CEDICT line that is not `Trad Simp [pinyin] /gloss/…/`.
        BAD_DICTIONARY_LINE,
        /// No dictionary pair has both words in the two vector spaces, so nothing can be aligned.
        EMPTY_OVERLAP
    }

    private final Reason reason;

    /// Creates the exception with a complete message.
    public VectorFormatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /// Creates the exception for a text file: the message starts with the file name and line.
    public static VectorFormatException atLine(Reason reason, Path file, long line, String detail) {
        return new VectorFormatException(reason, file + ", line " + line + ": " + detail);
    }

    /// Creates the exception for a binary file: the message starts with the file name and byte offset.
    public static VectorFormatException atOffset(Reason reason, Path file, long offset, String detail) {
        return new VectorFormatException(reason, file + ", byte " + offset + ": " + detail);
    }

    /// Why the input was rejected.
    public Reason reason() {
        return reason;
    }
}
