package org.vwb.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.vwb.align.internal.FileTokenSource;
import org.vwb.align.internal.Splitter;

/// Plain UTF-8 text files (one sentence or paragraph per line) as a [TokenSource], streamed: nothing but
/// the current line is held in memory. Parts for threads are byte ranges of the files taken together; a
/// line belongs to the part its first byte is in, so parts never split or repeat a line.
public final class CorpusFiles {

    private CorpusFiles() {
    }

    /// Tokens separated by whitespace (spaces, tabs, any Unicode white space).
    ///
    /// @throws NoSuchFileException if a file does not exist
    public static TokenSource<String[]> whitespace(List<Path> files) throws IOException {
        return new FileTokenSource<>(check(files), Splitter::whitespace);
    }

    /// Chinese-style character tokens: every Han character and every symbol (punctuation included) is a
    /// token of its own, while runs of letters and digits of other scripts ("Linux", "2024") stay one
    /// token; white space separates tokens and is dropped.
    ///
    /// @throws NoSuchFileException if a file does not exist
    public static TokenSource<String[]> characters(List<Path> files) throws IOException {
        return new FileTokenSource<>(check(files), Splitter::characters);
    }

    /// Each line turned into tokens by `tokenizer`: e.g. the ids a real tokenizer gives it, for token-level
    /// vectors trained on text tokenized with a (new) tokenizer, FOCUS-style. `tokenizer` is called from
    /// several threads at once when a trainer reads parts in parallel.
    ///
    /// @param <T> one line's tokens (`int[]` of ids, or `String[]`)
    /// @throws NoSuchFileException if a file does not exist
    public static <T> TokenSource<T> lines(List<Path> files, java.util.function.Function<String, T> tokenizer)
            throws IOException {
        return new FileTokenSource<>(check(files), tokenizer);
    }

    private static List<Path> check(List<Path> files) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no corpus files");
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new NoSuchFileException(f.toString(), null, "corpus file not found");
            }
        }
        return List.copyOf(files);
    }
}
