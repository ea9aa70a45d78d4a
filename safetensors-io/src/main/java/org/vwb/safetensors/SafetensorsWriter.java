package org.vwb.safetensors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/// Writes one safetensors file deterministically and atomically.
///
/// Tensors are laid out sorted by dtype alignment (descending) then by name; the header is padded with
/// spaces to a multiple of 8 so every tensor starts 8-aligned in the file; `__metadata__` always holds
/// `format = pt` and `vwb.version` (the writing library's version), plus whatever provenance the caller
/// adds (by convention under `vwb.*` keys). The same inputs give byte-identical files. The file is
/// written to a temporary sibling ([org.vwb.common.AtomicFiles#writeFile]) and renamed into place only
/// when complete, so an existing target (even one mapped by a reader) is never truncated.
///
/// Nothing is read or encoded until [#write]: `copy` and `addRows` only record where bytes come from.
/// Not thread-safe.
public interface SafetensorsWriter {

    /// A new, empty writer.
    static SafetensorsWriter create() {
        return org.vwb.safetensors.internal.DefaultSafetensorsWriter.create();
    }

    /// Adds a metadata entry (string to string).
    ///
    /// `format` is always `pt`: any other value is refused. `vwb.version` is always the writer's own
    /// version: a value given here (e.g. copied from a source file's metadata) is replaced.
    ///
    /// @throws IllegalArgumentException for `format` other than `pt`
    SafetensorsWriter metadata(String key, String value);

    /// Adds all entries of `metadata` as [#metadata(String, String)] does.
    SafetensorsWriter metadata(Map<String, String> metadata);

    /// Adds a tensor whose bytes come from `data`, which must produce `shape × dtype` bytes.
    ///
    /// @throws IllegalArgumentException on a duplicate or reserved name, or a size mismatch
    SafetensorsWriter add(String name, DType dtype, long[] shape, TensorData data);

    /// Adds a tensor copied byte for byte from `view` (no decode/encode), under the same name.
    ///
    /// A view of a [SafetensorsFile] is copied from its file region by the kernel (`transferTo`), so
    /// the mapped pages are not touched and memory use does not grow with the tensor; the source file
    /// must still exist (it need not be open) when [#write] runs.
    SafetensorsWriter copy(TensorView view);

    /// As [#copy(TensorView)], under the name `name`.
    SafetensorsWriter copyAs(String name, TensorView view);

    /// Adds a `rows × columns` tensor encoded to `dtype` from f32 rows produced by `source`.
    ///
    /// The rows are requested in order, once each, during [#write], in blocks of about 1 MiB.
    /// BF16 encoding rounds to nearest even (NaN kept as a quiet NaN); F16 uses `Float.floatToFloat16`.
    ///
    /// @throws IllegalArgumentException when `dtype` is not F32, F16, BF16 or F64
    SafetensorsWriter addRows(String name, DType dtype, long rows, long columns, RowSource source);

    /// Adds `base` grown by `extraRows` rows under `base`'s name: its rows are copied as bytes (as
    /// [#copy] does), then the new rows are encoded from `source`, which is asked for the absolute row
    /// indices `base.rows() .. base.rows() + extraRows - 1` in order. The shape becomes
    /// `[base.rows() + extraRows, shape[1..]...]`. This is how an embedding or `lm_head` grows with the
    /// vocabulary without decoding the rows that do not change.
    ///
    /// @throws IllegalArgumentException for a scalar, or a dtype without f32 conversion
    SafetensorsWriter addWithExtraRows(TensorView base, long extraRows, RowSource source);

    /// The header entries the file will have (in layout order, offsets relative to the data section).
    List<TensorInfo> layout();

    /// Sum of the tensors' byte lengths (the data section's length).
    long tensorBytes();

    /// Writes the file to `target` atomically and returns its total size in bytes.
    long write(Path target) throws IOException;
}
