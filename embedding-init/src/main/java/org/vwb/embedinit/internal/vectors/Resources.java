package org.vwb.embedinit.internal.vectors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vwb.align.BilingualDictionary;
import org.vwb.align.DictionaryReader;
import org.vwb.align.StaticVectors;
import org.vwb.align.VectorFormatException;
import org.vwb.align.VectorReader;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitInputException.Reason;

/// Reading the files a strategy names in its options, with errors that name the method, the option and
/// the path: a missing file is [Reason#MISSING_RESOURCE], an unreadable one [Reason#BAD_FILE].
public final class Resources {

    private Resources() {
    }

    /// Checks that `file` (the value of `option`) exists.
    ///
    /// @throws InitInputException [Reason#MISSING_RESOURCE] naming the path
    public static void requireFile(String method, String option, Path file) throws InitInputException {
        if (!Files.isRegularFile(file)) {
            throw new InitInputException(Reason.MISSING_RESOURCE, "method " + method + ", option " + option
                    + ": file not found: " + file.toAbsolutePath());
        }
    }

    /// Static vectors from `file` (`.vec`, GloVe text, word2vec binary or fastText `.bin`, detected).
    public static StaticVectors vectors(String method, String option, Path file) throws IOException {
        requireFile(method, option, file);
        try {
            return VectorReader.read(file);
        } catch (VectorFormatException e) {
            throw new InitInputException(Reason.BAD_FILE, "method " + method + ", option " + option
                    + ": cannot read the vectors: " + e.getMessage());
        }
    }

    /// A bilingual dictionary (`source<TAB>target` lines, source = the base model's language).
    public static BilingualDictionary dictionary(String method, String option, Path file) throws IOException {
        requireFile(method, option, file);
        try {
            return DictionaryReader.readPairs(file);
        } catch (VectorFormatException e) {
            throw new InitInputException(Reason.BAD_FILE, "method " + method + ", option " + option
                    + ": cannot read the dictionary: " + e.getMessage());
        }
    }

    /// Vectors given either as a file (read when first needed) or already in memory (tests, benchmarks).
    ///
    /// @param option the option that named the file, for messages
    /// @param file   the file, or `null` when `loaded` is given
    /// @param loaded the vectors, or `null` to read `file`
    public record Vectors(String option, Path file, StaticVectors loaded) {

        /// Vectors read from `file` when the strategy runs.
        public static Vectors file(String option, Path file) {
            return new Vectors(option, file, null);
        }

        /// Vectors already in memory.
        public static Vectors of(String label, StaticVectors vectors) {
            return new Vectors(label, null, vectors);
        }

        /// The vectors (reading the file each time: strategies load once per run).
        public StaticVectors load(String method) throws IOException {
            return loaded != null ? loaded : vectors(method, option, file);
        }

        /// What to call them in messages.
        public String describe() {
            return file != null ? option + "=" + file : option;
        }
    }
}
