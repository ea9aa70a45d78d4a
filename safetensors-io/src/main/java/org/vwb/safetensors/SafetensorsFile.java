package org.vwb.safetensors;

import java.io.IOException;
import java.nio.file.Path;

/// One safetensors file, memory-mapped once as a whole (no 2 GB windows) and validated on open.
///
/// Closing it unmaps the file: views obtained from it must not be used afterwards. Not thread-confined:
/// views may be read from several threads while the file is open.
public interface SafetensorsFile extends AutoCloseable {

    /// Maps and validates `path`.
    ///
    /// @throws SafetensorsFormatException when the file is not valid safetensors (message names the file)
    static SafetensorsFile open(Path path) throws IOException {
        return org.vwb.safetensors.internal.MappedSafetensorsFile.open(path);
    }

    /// Reads and validates only the header of `path`, without mapping tensor data: cheap on any size.
    ///
    /// The data-section length is checked against the file size.
    static SafetensorsHeader readHeader(Path path) throws IOException {
        return org.vwb.safetensors.internal.HeaderReader.readHeader(path);
    }

    /// The file's path.
    Path path();

    /// The validated header.
    SafetensorsHeader header();

    /// A view of tensor `name`.
    ///
    /// @throws IllegalArgumentException when there is no such tensor
    TensorView tensor(String name);

    @Override
    void close();
}
