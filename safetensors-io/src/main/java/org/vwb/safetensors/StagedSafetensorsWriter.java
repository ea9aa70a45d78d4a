package org.vwb.safetensors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/// Writes one safetensors file in two steps, for a file most of whose bytes are known long before the
/// rest: the tensors added with [#add] are written first ([#writeFixed]), and the tensors declared with
/// [#reserve] are appended later ([#finish]), when their first dimension is known. This is how a patched
/// checkpoint copies its unchanged tensors while the new rows of the embedding are still being computed.
///
/// Layout: the fixed tensors first, then the reserved ones, each group sorted as [SafetensorsWriter]
/// sorts (dtype alignment descending, then name). The header's length depends on the reserved tensors'
/// final shapes only through the digits of their shapes and offsets, so [#writeFixed] leaves room for the
/// header computed with every reserved tensor at its largest first dimension; [#finish] writes the real
/// header there, padded with spaces (the format allows trailing spaces in the header; its length stays a
/// multiple of 8). The result is a normal safetensors file that any reader accepts; only the order of the
/// data (growing tensors last) differs from what [SafetensorsWriter] would write.
///
/// The file is incomplete between the two steps: write it inside a temporary folder that is renamed into
/// place only when complete (as the patcher does). Not thread-safe; [#writeFixed] and [#finish] may run on
/// different threads one after the other.
public interface StagedSafetensorsWriter {

    /// A new, empty writer.
    static StagedSafetensorsWriter create() {
        return new org.vwb.safetensors.internal.DefaultStagedWriter();
    }

    /// Adds a metadata entry, as [SafetensorsWriter#metadata(String, String)] does (`format` is `pt`,
    /// `vwb.version` the writer's own).
    ///
    /// @throws IllegalArgumentException for `format` other than `pt`
    StagedSafetensorsWriter metadata(String key, String value);

    /// Adds a tensor written by [#writeFixed].
    ///
    /// @throws IllegalArgumentException on a duplicate or reserved name, or a size mismatch
    StagedSafetensorsWriter add(String name, DType dtype, long[] shape, TensorData data);

    /// Declares a tensor appended by [#finish]: `shape` gives every dimension but the first, which may be
    /// at most `maxFirstDimension` (the room reserved for the header depends on it).
    ///
    /// @throws IllegalArgumentException on a duplicate or reserved name, an empty shape or a first
    ///         dimension outside `1 .. maxFirstDimension`
    StagedSafetensorsWriter reserve(String name, DType dtype, long[] shape, long maxFirstDimension);

    /// Whether every tensor will start at a multiple of its dtype's size in the file, as the one-step
    /// writer guarantees: false when the fixed tensors end at an offset that the first reserved tensor's
    /// dtype does not divide (e.g. after an odd-length `U8` tensor). A caller that needs aligned tensors
    /// uses [SafetensorsWriter] then.
    boolean aligned();

    /// Makes [#dataStart] the smallest offset at or after the header's room that leaves `remainder` when
    /// divided by `modulus`, by padding the header with more spaces. Why: a file system that clones
    /// block ranges between files (reflinks) can share a fixed tensor's blocks with the file it comes from
    /// only when both lie at the same offset within a block.
    ///
    /// @throws IllegalArgumentException unless `modulus` is a positive multiple of 8 and `remainder` a
    ///         multiple of 8 below it (the data section stays 8-byte aligned)
    StagedSafetensorsWriter alignDataStart(long modulus, long remainder);

    /// Where the data section starts: 8 bytes of length plus the reserved header.
    long dataStart();

    /// The fixed tensors' bytes, in layout order.
    long fixedBytes();

    /// Creates `file` (it must not exist) and writes the fixed tensors after the room for the header;
    /// returns the bytes written.
    long writeFixed(Path file) throws IOException;

    /// Appends the reserved tensors to `file` (written by [#writeFixed]) with their final first dimension
    /// and data (`data` by name: every reserved tensor, nothing else), then writes the header; returns
    /// the file's final size.
    ///
    /// @throws IllegalArgumentException for a missing or unknown name, a first dimension above the
    ///         declared maximum, or data of the wrong length
    long finish(Path file, Map<String, Appended> data) throws IOException;

    /// The final layout given the reserved tensors' first dimensions by name (offsets relative to the data
    /// section), as [#finish] will write it.
    List<TensorInfo> layout(Map<String, Long> firstDimensions);

    /// A reserved tensor's final first dimension and its bytes.
    ///
    /// @param firstDimension the tensor's first dimension
    /// @param data           exactly `firstDimension × (the other dimensions) × dtype size` bytes
    record Appended(long firstDimension, TensorData data) {
    }
}
