package org.vwb.embedinit.internal.subword;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vwb.align.BilingualDictionary;
import org.vwb.align.DictionaryReader;
import org.vwb.embedinit.InitInputException;

/// The dictionary `translation` reads: each target-language word (the side new tokens are on) with its
/// source-language glosses (English for CC-CEDICT), in the file's order — for CC-CEDICT the most
/// common senses first.
///
/// @param glosses target word → glosses, first-seen order, no repeats
public record GlossTable(Map<String, List<String>> glosses) {

    /// The file formats.
    public enum Format {
        /// CC-CEDICT lines `Trad Simp [pinyin] /gloss/…/`, cleaned to single English words by
        /// [DictionaryReader#readCedict] (proper nouns and "variant of"/"surname" glosses dropped).
        CEDICT,
        /// Two columns `source<TAB>target` (English first), as MUSE and WECHSEL dictionaries.
        PAIRS
    }

    /// Copies the map.
    public GlossTable {
        glosses = Map.copyOf(glosses);
    }

    /// Reads `file`.
    ///
    /// @param script which CC-CEDICT headword is the target side (ignored for pairs)
    /// @param swap   pairs only: the file has the target side first
    /// @throws InitInputException MISSING_RESOURCE naming the path when the file is absent or unreadable
    /// @throws IOException        for a malformed file (the reader's exception names the line)
    public static GlossTable read(Path file, Format format, DictionaryReader.Script script, boolean swap)
            throws IOException {
        requireReadable(file);
        BilingualDictionary d = switch (format) {
            case CEDICT -> DictionaryReader.readCedict(file, script).inverted();
            case PAIRS -> swap ? DictionaryReader.readPairs(file) : DictionaryReader.readPairs(file).inverted();
        };
        return new GlossTable(d.bySource());
    }

    /// Refuses a dictionary path that is not a readable file.
    ///
    /// @throws InitInputException MISSING_RESOURCE naming the path
    public static void requireReadable(Path file) throws InitInputException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InitInputException(InitInputException.Reason.MISSING_RESOURCE, "method translation, option "
                    + "dictionary: " + file.toAbsolutePath() + (Files.exists(file) ? " is not a readable file"
                    : " does not exist") + "; expected a CC-CEDICT or a two-column dictionary file");
        }
    }

    /// The glosses of `word` (exact, then lower-cased), or an empty list.
    public List<String> of(String word) {
        List<String> g = glosses.get(word);
        if (g == null) {
            g = glosses.get(word.toLowerCase(Locale.ROOT));
        }
        return g == null ? List.of() : g;
    }

    /// Number of target words.
    public int size() {
        return glosses.size();
    }
}
