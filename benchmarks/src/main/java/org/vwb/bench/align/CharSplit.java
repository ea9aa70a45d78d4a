package org.vwb.bench.align;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vwb.align.CorpusFiles;
import org.vwb.align.TokenSource;

/// Writes a corpus tokenized the way `vwb vectors train --chars` does, tokens separated by single
/// spaces, so that `fasttext` and the Java trainer read exactly the same tokens.
///
/// Usage: `CharSplit IN OUT`
public final class CharSplit {

    private CharSplit() {
    }

    /// Converts one file.
    public static void main(String[] args) throws IOException {
        TokenSource<String[]> src = CorpusFiles.characters(List.of(Path.of(args[0])));
        long tokens = 0;
        try (TokenSource.Cursor<String[]> c = src.open(0, 1);
                BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String[] line;
            while ((line = c.next()) != null) {
                if (line.length > 0) {
                    out.write(String.join(" ", line));
                    out.write('\n');
                    tokens += line.length;
                }
            }
        }
        System.out.println("tokens " + tokens);
    }
}
