package org.vwb.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/// Word counts, the weights of WECHSEL's frequency-weighted token vectors ([TokenVectors#weightedMean]).
public final class WordFrequencies {
    private final Map<String, Long> counts;

    private WordFrequencies(Map<String, Long> counts) {
        this.counts = Map.copyOf(counts);
    }

    /// Counts from a map (copied).
    public static WordFrequencies of(Map<String, Long> counts) {
        return new WordFrequencies(counts);
    }

    /// The count of `word`, 0 if unknown.
    public long count(String word) {
        return counts.getOrDefault(word, 0L);
    }

    /// Number of distinct words.
    public int size() {
        return counts.size();
    }

    /// Reads a frequency list: one `word count` pair per line, separated by white space; further columns
    /// are ignored (jieba's `dict.txt` has `word count tag`). Blank and `#` lines are skipped; a repeated
    /// word adds up.
    ///
    /// @throws VectorFormatException naming file and line for a line without a non-negative integer count
    ///     ([VectorFormatException.Reason#WRONG_TOKEN_COUNT], [VectorFormatException.Reason#NOT_A_NUMBER]),
    ///     [VectorFormatException.Reason#EMPTY] for a file without counts
    public static WordFrequencies read(Path file) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] cols = s.split("\\s+");
                if (cols.length < 2) {
                    throw VectorFormatException.atLine(VectorFormatException.Reason.WRONG_TOKEN_COUNT, file, n,
                            "expected 'word count', found one column: '" + s + "'");
                }
                long c;
                try {
                    c = Long.parseLong(cols[1]);
                } catch (NumberFormatException e) {
                    c = -1;
                }
                if (c < 0) {
                    throw VectorFormatException.atLine(VectorFormatException.Reason.NOT_A_NUMBER, file, n,
                            "count of '" + cols[0] + "' is not a non-negative integer: '" + cols[1] + "'");
                }
                counts.merge(cols[0], c, Long::sum);
            }
            if (counts.isEmpty()) {
                throw VectorFormatException.atLine(VectorFormatException.Reason.EMPTY, file, n, "no word counts in the file");
            }
        }
        return new WordFrequencies(counts);
    }

    /// Counts the tokens of a corpus (one full pass).
    public static WordFrequencies count(TokenSource<String[]> corpus) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        try (TokenSource.Cursor<String[]> c = corpus.open(0, 1)) {
            String[] line;
            while ((line = c.next()) != null) {
                for (String t : line) {
                    counts.merge(t, 1L, Long::sum);
                }
            }
        }
        return new WordFrequencies(counts);
    }
}
