package org.vwb.vocab.mine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.vwb.common.Cancellation;
import org.vwb.common.ProgressSink;

/// Byte-pair merging continued on top of the base segmentation: repeatedly merges the most frequent
/// adjacent pair of symbols inside a segment, with pair counts updated incrementally (only the words
/// that hold the merged pair are touched) and a lazily corrected priority queue.
///
/// Ties are broken by the smaller left then right symbol id; ids are assigned deterministically, so
/// the result does not depend on how many threads collected the segments.
public final class ContinuedBpe {

    /// Decides whether a pair may be merged (script, length, existing pieces).
    @FunctionalInterface
    public interface PairFilter {
        /// Whether merging `a` and `b` gives an acceptable new piece.
        boolean allows(int a, int b);
    }

    /// One merge, in the order learned.
    ///
    /// @param symbol the new symbol
    /// @param left   its first part
    /// @param right  its second part
    /// @param saved  occurrences replaced = tokens saved on the corpus
    public record Merge(int symbol, int left, int right, long saved) {
    }

    private static final class Pair {
        final int a;
        final int b;
        long count;
        boolean banned;
        int touched = -1;
        final IntList words = new IntList();

        Pair(int a, int b) {
            this.a = a;
            this.b = b;
        }
    }

    private record Entry(long count, int a, int b) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::count).reversed()
            .thenComparingInt(Entry::a).thenComparingInt(Entry::b);

    private final int[][] words;
    private final int[] lengths;
    private final long[] counts;
    private final Map<Long, Pair> pairs = new HashMap<>();
    private final PriorityQueue<Entry> queue = new PriorityQueue<>(ORDER);
    private final List<Pair> increased = new ArrayList<>();
    private int[] visited;
    private int mergeNo;

    /// Prepares merging over `words` (symbol arrays, each used `counts[i]` times).
    public ContinuedBpe(int[][] words, long[] counts) {
        this.words = words;
        this.counts = counts;
        this.lengths = new int[words.length];
        this.visited = new int[words.length];
        java.util.Arrays.fill(visited, -1);
        for (int w = 0; w < words.length; w++) {
            int[] s = words[w];
            lengths[w] = s.length;
            for (int i = 0; i + 1 < s.length; i++) {
                add(s[i], s[i + 1], counts[w], w);
            }
        }
        increased.clear();
        for (Pair p : pairs.values()) {
            queue.add(new Entry(p.count, p.a, p.b));
        }
    }

    /// Runs up to `maxMerges` merges of pairs seen at least `minCount` times that `filter` allows;
    /// `newSymbol` names the merged symbol.
    public List<Merge> run(int maxMerges, long minCount, PairFilter filter, java.util.function.IntBinaryOperator newSymbol,
            ProgressSink progress, Cancellation cancellation) {
        List<Merge> merges = new ArrayList<>();
        progress.begin("merging pairs", maxMerges);
        while (merges.size() < maxMerges) {
            Entry e = queue.poll();
            if (e == null) {
                break;
            }
            Pair p = pairs.get(key(e.a, e.b));
            if (p == null || p.banned) {
                continue;
            }
            if (p.count != e.count) { // stale entry: counts only fall, so re-queue at the true count
                if (p.count > 0) {
                    queue.add(new Entry(p.count, p.a, p.b));
                }
                continue;
            }
            if (p.count < minCount) {
                break;
            }
            if (!filter.allows(p.a, p.b)) {
                p.banned = true;
                continue;
            }
            int c = newSymbol.applyAsInt(p.a, p.b);
            long saved = apply(p, c);
            merges.add(new Merge(c, p.a, p.b, saved));
            progress.advance(1);
            if ((merges.size() & 63) == 0) {
                cancellation.check();
            }
        }
        return merges;
    }

    private long apply(Pair p, int c) {
        mergeNo++;
        increased.clear();
        long saved = 0;
        IntList ws = p.words;
        for (int k = 0; k < ws.size; k++) {
            int w = ws.values[k];
            if (visited[w] == mergeNo) {
                continue;
            }
            visited[w] = mergeNo;
            saved += mergeInWord(w, p.a, p.b, c) * counts[w];
        }
        pairs.remove(key(p.a, p.b));
        for (Pair q : increased) {
            if (q.count > 0 && !q.banned) {
                queue.add(new Entry(q.count, q.a, q.b));
            }
        }
        return saved;
    }

    /// Replaces non-overlapping `a b` in word `w` by `c`, left to right; returns how many.
    private int mergeInWord(int w, int a, int b, int c) {
        int[] s = words[w];
        int n = lengths[w];
        long k = counts[w];
        int out = 0;
        int merged = 0;
        boolean previousMerged = false;
        for (int i = 0; i < n; ) {
            if (i + 1 < n && s[i] == a && s[i + 1] == b) {
                if (i > 0 && !previousMerged) {
                    add(s[i - 1], a, -k, -1);
                }
                add(a, b, -k, -1);
                if (i + 2 < n) {
                    add(b, s[i + 2], -k, -1);
                }
                s[out++] = c;
                i += 2;
                merged++;
                previousMerged = true;
            } else {
                s[out++] = s[i++];
                previousMerged = false;
            }
        }
        lengths[w] = out;
        if (merged == 0) {
            return 0;
        }
        for (int i = 0; i < out; i++) {
            if (s[i] == c) {
                if (i > 0) {
                    add(s[i - 1], c, k, w);
                }
                if (i + 1 < out && s[i + 1] != c) {
                    add(c, s[i + 1], k, w);
                }
            }
        }
        return merged;
    }

    /// Adds `delta` to the count of pair `(a, b)`; a positive delta also records word `w`.
    private void add(int a, int b, long delta, int w) {
        long key = key(a, b);
        Pair p = pairs.get(key);
        if (p == null) {
            if (delta < 0) {
                return; // a pair already merged away
            }
            p = new Pair(a, b);
            pairs.put(key, p);
        }
        p.count += delta;
        if (w >= 0) {
            p.words.addDistinctFromLast(w);
            if (p.touched != mergeNo) {
                p.touched = mergeNo;
                increased.add(p);
            }
        }
    }

    /// The pair as a well-spread map key: `Long.hashCode` of the plain `a << 32 | b` is `a ^ b`, which
    /// collides for most pairs of nearby ids; the murmur3 finaliser is a bijection, so keys stay unique.
    static long key(int a, int b) {
        long k = ((long) a << 32) | (b & 0xFFFFFFFFL);
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
