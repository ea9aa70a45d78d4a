package org.vwb.model.patch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/// A file a patch adds to the output folder besides the model: the id mapping, a per-token CSV, a
/// provenance record. Either bytes held in memory or a file copied byte for byte.
public sealed interface ExtraFile {

    /// File content held in memory (copied on creation).
    ///
    /// @param bytes the content
    record Content(byte[] bytes) implements ExtraFile {
        /// Copies the bytes.
        public Content {
            bytes = bytes.clone();
        }

        /// A copy of the content.
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public long size() {
            return bytes.length;
        }
    }

    /// A file copied byte for byte when the patch is written.
    ///
    /// @param source the file; it must exist when the patch is written
    record CopyOf(Path source) implements ExtraFile {
        /// Validates presence.
        public CopyOf {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public long size() throws IOException {
            return Files.size(source);
        }
    }

    /// The content's size in bytes.
    ///
    /// @throws IOException when a source file cannot be read
    long size() throws IOException;

    /// `bytes` as a file.
    static ExtraFile of(byte[] bytes) {
        return new Content(bytes);
    }

    /// `text` as a UTF-8 file.
    static ExtraFile of(String text) {
        return new Content(text.getBytes(StandardCharsets.UTF_8));
    }

    /// A copy of `source`.
    static ExtraFile copyOf(Path source) {
        return new CopyOf(source);
    }
}
