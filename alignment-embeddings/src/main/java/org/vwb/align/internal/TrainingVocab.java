package org.vwb.align.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vwb.align.TokenSource;
import org.vwb.common.Cancellation;

/// The trainer's vocabulary: tokens with at least `minCount` occurrences, most frequent first (ties in
/// first-seen order), and a per-line encoder from the source's tokens to vocabulary rows (-1 = dropped).
///
/// @param words         the kept tokens in row order
/// @param counts        their counts
/// @param corpusTokens  all tokens of one pass, kept or not
public record TrainingVocab(List<String> words, long[] counts, long corpusTokens) {

    /// Total count of the kept tokens (one epoch's training tokens).
    public long trainTokens() {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    /// Counts the text tokens of one full pass.
    public static TrainingVocab countStrings(TokenSource<String[]> source, int minCount, Cancellation cancel)
            throws IOException {
        Map<String, long[]> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        long total = 0;
        long lines = 0;
        try (TokenSource.Cursor<String[]> c = source.open(0, 1)) {
            String[] line;
            while ((line = c.next()) != null) {
                for (String t : line) {
                    long[] n = counts.get(t);
                    if (n == null) {
                        counts.put(t, n = new long[1]);
                        order.add(t);
                    }
                    n[0]++;
                }
                total += line.length;
                if ((++lines & 1023) == 0) {
                    cancel.check();
                }
            }
        }
        List<String> kept = new ArrayList<>();
        for (String t : order) {
            if (counts.get(t)[0] >= minCount) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingLong((String t) -> -counts.get(t)[0])); // stable: ties keep first-seen order
        long[] c = new long[kept.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = counts.get(kept.get(i))[0];
        }
        return new TrainingVocab(List.copyOf(kept), c, total);
    }

    /// Counts the token ids of one full pass; `tokens.get(id)` names id `id`.
    ///
    /// @return the vocabulary and, in `idToRow`'s place, the map from source id to row (-1 = dropped)
    public static IdVocab countIds(TokenSource<int[]> source, List<String> tokens, int minCount, Cancellation cancel)
            throws IOException {
        long[] counts = new long[tokens.size()];
        long total = 0;
        long lines = 0;
        try (TokenSource.Cursor<int[]> c = source.open(0, 1)) {
            int[] line;
            while ((line = c.next()) != null) {
                for (int id : line) {
                    if (id < 0 || id >= counts.length) {
                        throw new IllegalArgumentException("token id " + id + " in line " + (lines + 1)
                                + " is outside the vocabulary of " + counts.length + " tokens");
                    }
                    counts[id]++;
                }
                total += line.length;
                if ((++lines & 1023) == 0) {
                    cancel.check();
                }
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] >= minCount) {
                kept.add(id);
            }
        }
        kept.sort(Comparator.comparingLong((Integer id) -> -counts[id]));
        int[] idToRow = new int[counts.length];
        java.util.Arrays.fill(idToRow, -1);
        long[] c = new long[kept.size()];
        List<String> words = new ArrayList<>(kept.size());
        for (int r = 0; r < c.length; r++) {
            int id = kept.get(r);
            idToRow[id] = r;
            c[r] = counts[id];
            words.add(tokens.get(id));
        }
        return new IdVocab(new TrainingVocab(List.copyOf(words), c, total), idToRow);
    }

    /// A vocabulary over token ids and the map from id to row.
    ///
    /// @param vocab   the vocabulary
    /// @param idToRow row of each id, -1 if the id is dropped
    public record IdVocab(TrainingVocab vocab, int[] idToRow) {
    }
}
