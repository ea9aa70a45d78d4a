package org.vwb.safetensors;

import java.io.IOException;

/// A file that is not valid safetensors, with the [Reason] it was rejected for.
///
/// The message names the file (when known), the tensor and the numbers involved.
public final class SafetensorsFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /// Every way a file or index can be rejected. One test per reason builds the bad bytes by hand.
    public enum Reason {
        /// Fewer than 8 bytes: no header length.
        HEADER_TOO_SMALL,
        /// The header length exceeds the cap (100,000,000 bytes, as the reference reader).
        HEADER_TOO_LARGE,
        /// 8 + header length lies beyond the end of the file.
        HEADER_OUT_OF_BOUNDS,
        /// The header bytes are not valid UTF-8.
        HEADER_NOT_UTF8,
        /// The header is not a JSON object of the expected shape.
        HEADER_NOT_JSON,
        /// A key appears twice in the header (or in `__metadata__`).
        DUPLICATE_KEY,
        /// A `__metadata__` value is not a string.
        METADATA_NOT_STRINGS,
        /// A tensor entry lacks `dtype`, `shape` or `data_offsets`, or has values of the wrong type.
        INVALID_TENSOR_ENTRY,
        /// A `dtype` name the format does not define.
        UNKNOWN_DTYPE,
        /// shape × dtype size overflows a signed 64-bit count.
        SHAPE_OVERFLOW,
        /// A sub-byte element count that does not fill whole bytes.
        SUBBYTE_MISALIGNED,
        /// A tensor does not start where the previous one ended (holes or overlaps).
        OFFSETS_NOT_CONTIGUOUS,
        /// `end - begin` differs from shape × dtype size.
        SIZE_MISMATCH,
        /// The file holds bytes after the last tensor (no holes, no trailing bytes: no polyglot files).
        TRAILING_BYTES,
        /// The data section is shorter than the offsets claim (a truncated file).
        TRUNCATED,
        /// `model.safetensors.index.json` is malformed.
        INDEX_INVALID,
        /// A shard named by the index is missing, outside the folder, or a link out of it.
        SHARD_INVALID,
        /// A tensor named by the index is not in the shard the index names, or appears in two shards.
        INDEX_MISMATCH
    }

    private final Reason reason;

    /// Creates the exception.
    public SafetensorsFormatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /// Why the input was rejected.
    public Reason reason() {
        return reason;
    }
}
