package org.vwb.safetensors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// A parsed and validated header.
///
/// @param metadata    the `__metadata__` map (string to string), in file order; empty when absent
/// @param tensors     the tensor entries, ordered by `begin`
/// @param dataStart   absolute file offset of the data section (8 + header length)
public record SafetensorsHeader(Map<String, String> metadata, List<TensorInfo> tensors, long dataStart) {

    /// Copies the collections.
    public SafetensorsHeader {
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        tensors = List.copyOf(tensors);
    }

    /// Parses and validates a whole file held in memory (a mapping, or `MemorySegment.ofArray(bytes)`):
    /// the pure parser, which never touches the file system.
    ///
    /// @throws SafetensorsFormatException when the bytes are not valid safetensors
    public static SafetensorsHeader parse(java.lang.foreign.MemorySegment file) throws SafetensorsFormatException {
        return org.vwb.safetensors.internal.HeaderParser.parse(file, null);
    }

    /// The entry named `name`, if present.
    public Optional<TensorInfo> find(String name) {
        return tensors.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /// Total size of the data section in bytes.
    public long dataLength() {
        return tensors.isEmpty() ? 0 : tensors.getLast().end();
    }
}
