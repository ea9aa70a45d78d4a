package org.vwb.embedinit.report;

import java.util.Objects;

/// The SHA-256 of one input, as `report.json` lists them.
///
/// @param model  which model folder: `base` or `patched`
/// @param file   the file, relative to that folder
/// @param part   what was hashed: `file` (the whole file), `safetensors-header` (the 8-byte length and the
///               JSON header of a shard, which fix every tensor's name, dtype, shape and offsets), or
///               `tensor:NAME` (the data bytes of one tensor)
/// @param bytes  how many bytes were hashed
/// @param sha256 lower-case hex digest
public record InputHash(String model, String file, String part, long bytes, String sha256) {
    /// Checks the parts are present.
    public InputHash {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(sha256, "sha256");
    }
}
