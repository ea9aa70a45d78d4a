package org.vwb.align.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vwb.common.AtomicFiles;

/// Writes a word2vec/fastText `.vec` text file atomically, values in Java's shortest round-trip form.
public final class VecWriter {

    private VecWriter() {
    }

    /// Writes `words` with their rows, read through `rows`.
    ///
    /// @throws IllegalArgumentException if a word contains whitespace (the format cannot hold it)
    public static void write(Path target, WordIndex words, int dim, RowReader rows) throws IOException {
        for (int i = 0; i < words.size(); i++) {
            String w = words.word(i);
            if (w.chars().anyMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                throw new IllegalArgumentException("word " + i + " '" + w + "' contains whitespace: not writable as .vec");
            }
        }
        AtomicFiles.writeFile(target, tmp -> {
            try (BufferedWriter out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
                out.write(words.size() + " " + dim + "\n");
                float[] v = new float[dim];
                for (int i = 0; i < words.size(); i++) {
                    rows.rowInto(i, v);
                    out.write(words.word(i));
                    for (float x : v) {
                        out.write(' ');
                        out.write(Float.toString(x));
                    }
                    out.write('\n');
                }
            }
        });
    }
}
