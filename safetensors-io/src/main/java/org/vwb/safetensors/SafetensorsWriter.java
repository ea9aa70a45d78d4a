package org.vwb.safetensors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/// Writes one safetensors file deterministically and atomically.
///
/// Tensors are laid out sorted by dtype alignment (descending) then by name; the header is padded with
/// spaces to a multiple of 8 so every tensor starts aligned; `__metadata__` always holds `format = pt`
/// plus whatever provenance the caller adds. The same inputs give byte-identical files. The file is
/// written to a temporary sibling and renamed into place only when complete.
public interface SafetensorsWriter {

    /// A new, empty writer.
    static SafetensorsWriter create() {
        return org.vwb.safetensors.internal.DefaultSafetensorsWriter.create();
    }

    /// Adds a metadata entry (string to string). `format` is always `pt` and cannot be overridden.
    SafetensorsWriter metadata(String key, String value);

    /// Adds all entries of `metadata` as [#metadata(String, String)] does.
    SafetensorsWriter metadata(Map<String, String> metadata);

    /// Adds a tensor whose bytes come from `data`, which must produce `shape × dtype` bytes.
    ///
    /// @throws IllegalArgumentException on a duplicate name or a size mismatch
    SafetensorsWriter add(String name, DType dtype, long[] shape, TensorData data);

    /// Adds a tensor copied byte for byte from `view` (no decode/encode), under the same name.
    SafetensorsWriter copy(TensorView view);

    /// Adds a `rows × columns` tensor encoded to `dtype` from f32 rows produced by `source`.
    ///
    /// BF16 encoding rounds to nearest even (NaN kept as a quiet NaN); F16 uses `Float.floatToFloat16`.
    SafetensorsWriter addRows(String name, DType dtype, long rows, long columns, RowSource source);

    /// Writes the file to `target` atomically and returns its total size in bytes.
    long write(Path target) throws IOException;
}
