package org.vwb.model.patch;

import java.util.Objects;
import java.util.Optional;

/// One file of the output folder and how it is made, or a base file that is deliberately left out.
///
/// @param path   the path relative to the output folder, `/`-separated
/// @param action how the file is made
/// @param bytes  its size in bytes (for a rewritten shard: the base size plus the new rows, within a few
///               KiB of header growth; for a skipped file: the size left out)
/// @param source where the bytes come from (a base file, a tokenizer file, an extra file's source); empty
///               for in-memory extra files
/// @param note   why, for skipped, kept or replaced files; empty otherwise
public record PlannedFile(String path, Action action, long bytes, Optional<java.nio.file.Path> source, String note) {

    /// How a file of the output is made.
    public enum Action {
        /// A shard holding the embedding, the head or the head bias: rewritten with the tensors grown.
        REWRITE,
        /// Copied byte for byte from the base (kernel copy): the other shards and every other file.
        COPY,
        /// Copied from the tokenizer folder, replacing the base's file of that name.
        TOKENIZER,
        /// `config.json` with only the vocabulary size changed.
        CONFIG,
        /// `model.safetensors.index.json` with the new `total_size` and the same `weight_map`.
        INDEX,
        /// An extra file of the request.
        EXTRA,
        /// A base file not carried over, because it would describe the old vocabulary (weights in
        /// another format, a stale vocabulary file) or is a hidden folder; the note says which.
        SKIP
    }

    /// Validates presence.
    public PlannedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
    }
}
