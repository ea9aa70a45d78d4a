package org.vwb.vocab.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/// Small helpers shared by the readers.
public final class TokenizerFiles {
    private TokenizerFiles() {
    }

    /// Whether the first non-whitespace byte of `file` is `{` (a protobuf model never starts so:
    /// 0x7B would be field 15 with the deprecated group wire type).
    public static boolean looksLikeJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF);
            return b == '{';
        }
    }
}
