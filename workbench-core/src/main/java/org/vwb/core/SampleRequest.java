package org.vwb.core;

import java.nio.file.Path;
import java.util.Objects;

/// Asks for a sample model folder to be written.
///
/// @param name the sample's name, one of [Workbench#samples()]
/// @param dir  the folder to create; it must not exist yet
public record SampleRequest(String name, Path dir) {

    /// Validates both parts.
    public SampleRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dir, "dir");
        if (name.isBlank()) {
            throw new IllegalArgumentException("sample name is blank");
        }
    }
}
