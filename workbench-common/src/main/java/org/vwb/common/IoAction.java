package org.vwb.common;

import java.io.IOException;
import java.nio.file.Path;

/// Writes output into a path it is handed (a temporary file or folder chosen by [AtomicFiles]).
@FunctionalInterface
public interface IoAction {

    /// Writes into `path`.
    void accept(Path path) throws IOException;
}
