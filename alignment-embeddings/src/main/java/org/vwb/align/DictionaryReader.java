package org.vwb.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vwb.align.internal.CedictEntry;

/// Reads bilingual dictionaries: two-column pair lists (MUSE, WECHSEL's Wiktionary dictionaries) and
/// CC-CEDICT.
public final class DictionaryReader {

    /// Which Chinese headword of a CC-CEDICT entry becomes the Chinese side of a pair.
    public enum Script {
        /// The simplified form (second column).
        SIMPLIFIED,
        /// The traditional form (first column).
        TRADITIONAL
    }

    private DictionaryReader() {
    }

    /// Reads `source<TAB>target` lines or, in lines without a tab, two blank-separated words (MUSE).
    /// Blank lines and lines starting with `#` are skipped; a tab-separated target may contain spaces.
    ///
    /// @throws VectorFormatException [VectorFormatException.Reason#WRONG_TOKEN_COUNT] for a line without
    ///     exactly two columns, [VectorFormatException.Reason#EMPTY] if the file holds no pair
    public static BilingualDictionary readPairs(Path file) throws IOException {
        List<WordPair> pairs = new ArrayList<>();
        long lines = forEachEntry(file, (n, s) -> {
            String[] cols = s.indexOf('\t') >= 0 ? s.strip().split("\t", -1) : s.strip().split("\\s+");
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw VectorFormatException.atLine(VectorFormatException.Reason.WRONG_TOKEN_COUNT, file, n,
                        "expected two columns 'source<TAB>target' (or 'source target'), found " + cols.length
                                + ": '" + s + "'");
            }
            pairs.add(new WordPair(cols[0].strip(), cols[1].strip()));
        });
        if (pairs.isEmpty()) {
            throw VectorFormatException.atLine(VectorFormatException.Reason.EMPTY, file, lines, "no word pairs in the file");
        }
        return new BilingualDictionary(pairs);
    }

    /// Reads CC-CEDICT (`Trad Simp [pin1 yin1] /gloss/gloss/`) into English → Chinese single-word pairs.
    ///
    /// Cleaning (so that pairs are word translations usable for alignment): entries with a capitalised
    /// pinyin syllable first (proper nouns) are dropped; glosses starting with "surname", "variant of",
    /// "old variant", "see ", "CL:", "abbr." or "used in" are dropped; `(…)` parentheticals and one
    /// leading "to ", "a ", "an " or "the " are removed; what remains is kept only if it is one
    /// lower-case English word (ASCII letters, inner hyphens allowed).
    ///
    /// @throws VectorFormatException [VectorFormatException.Reason#BAD_DICTIONARY_LINE] naming the line
    ///     of a malformed entry, [VectorFormatException.Reason#EMPTY] if no pair survives
    public static BilingualDictionary readCedict(Path file, Script script) throws IOException {
        List<WordPair> pairs = new ArrayList<>();
        long lines = forEachEntry(file, (n, s) -> {
            CedictEntry e = CedictEntry.parse(s).orElseThrow(bad(file, n, s));
            if (e.isProperNoun()) {
                return;
            }
            String zh = script == Script.SIMPLIFIED ? e.simplified() : e.traditional();
            for (String english : e.singleWordGlosses()) {
                pairs.add(new WordPair(english, zh));
            }
        });
        if (pairs.isEmpty()) {
            throw VectorFormatException.atLine(VectorFormatException.Reason.EMPTY, file, lines,
                    "no single-word English gloss in the file");
        }
        return new BilingualDictionary(pairs);
    }

    /// One content line of a dictionary file, with its 1-based line number.
    @FunctionalInterface
    private interface EntryHandler {
        void accept(long lineNumber, String line) throws VectorFormatException;
    }

    /// Calls `handler` for every line that is neither blank nor a `#` comment (a UTF-8 byte-order mark
    /// on the first line is dropped); returns the number of lines read.
    private static long forEachEntry(Path file, EntryHandler handler) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                String s = n == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (!s.isBlank() && !s.startsWith("#")) {
                    handler.accept(n, s);
                }
            }
            return n;
        }
    }

    private static java.util.function.Supplier<VectorFormatException> bad(Path file, long n, String s) {
        return () -> VectorFormatException.atLine(VectorFormatException.Reason.BAD_DICTIONARY_LINE, file, n,
                "expected a CC-CEDICT entry 'Trad Simp [pinyin] /gloss/…/', found '"
                        + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "'");
    }
}
