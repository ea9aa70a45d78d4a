package org.vwb.vocab.mine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.vwb.common.Cancellation;
import org.vwb.common.ProgressSink;

/// The incremental pair counts must give exactly what recounting every pair before each merge gives.
class ContinuedBpeTest {

    @Test
    void incrementalCountsMatchRecountingOnRandomWords() {
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            int[][] words = new int[20 + random.nextInt(30)][];
            long[] counts = new long[words.length];
            for (int w = 0; w < words.length; w++) {
                words[w] = random.ints(2 + random.nextInt(9), 0, 4).toArray(); // small alphabet: runs like a a a
                counts[w] = 1 + random.nextInt(5);
            }
            List<ContinuedBpe.Merge> expected = recounting(copy(words), counts, 25);
            int[] next = {100};
            List<ContinuedBpe.Merge> actual = new ContinuedBpe(copy(words), counts).run(25, 1, (a, b) -> true,
                    (a, b) -> next[0]++, ProgressSink.NONE, new Cancellation());
            assertEquals(expected, actual, "round " + round);
        }
    }

    @Test
    void overlappingRunsCountEveryPairButMergeLeftToRight() {
        // a a a: the pair (a, a) is counted twice but merged once; (c, a) remains
        List<ContinuedBpe.Merge> merges = new ContinuedBpe(new int[][] {{1, 1, 1}}, new long[] {3}).run(5, 1,
                (a, b) -> true, (a, b) -> 9, ProgressSink.NONE, new Cancellation());
        assertEquals(new ContinuedBpe.Merge(9, 1, 1, 3), merges.getFirst());
        assertEquals(new ContinuedBpe.Merge(9, 9, 1, 3), merges.get(1));
    }

    /// Textbook BPE: count all adjacent pairs, merge the most frequent (ties: smaller left, then right).
    private static List<ContinuedBpe.Merge> recounting(int[][] words, long[] counts, int max) {
        List<ContinuedBpe.Merge> out = new ArrayList<>();
        int next = 100;
        for (int m = 0; m < max; m++) {
            java.util.TreeMap<Long, Long> pairs = new java.util.TreeMap<>();
            for (int w = 0; w < words.length; w++) {
                for (int i = 0; i + 1 < words[w].length; i++) {
                    pairs.merge(((long) words[w][i] << 32) | words[w][i + 1], counts[w], Long::sum);
                }
            }
            long bestKey = -1;
            long best = 0;
            for (var e : pairs.entrySet()) { // ascending (a, b): the first maximum wins ties
                if (e.getValue() > best) {
                    best = e.getValue();
                    bestKey = e.getKey();
                }
            }
            if (best == 0) {
                break;
            }
            int a = (int) (bestKey >>> 32);
            int b = (int) bestKey;
            int c = next++;
            long saved = 0;
            for (int w = 0; w < words.length; w++) {
                int[] s = words[w];
                int[] t = new int[s.length];
                int n = 0;
                for (int i = 0; i < s.length; ) {
                    if (i + 1 < s.length && s[i] == a && s[i + 1] == b) {
                        t[n++] = c;
                        i += 2;
                        saved += counts[w];
                    } else {
                        t[n++] = s[i++];
                    }
                }
                words[w] = Arrays.copyOf(t, n);
            }
            out.add(new ContinuedBpe.Merge(c, a, b, saved));
        }
        return out;
    }

    private static int[][] copy(int[][] words) {
        int[][] c = new int[words.length][];
        for (int i = 0; i < words.length; i++) {
            c[i] = words[i].clone();
        }
        return c;
    }
}
