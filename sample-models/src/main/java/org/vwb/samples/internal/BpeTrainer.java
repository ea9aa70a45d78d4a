package org.vwb.samples.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/// A small, deterministic byte-pair-encoding trainer in SentencePiece's manner: pieces never cross a
/// word boundary (`▁` only starts a piece), digits and non-Latin characters stay single characters
/// (as in Llama 2, whose CJK pieces are all single characters), and ties go to the lexically smaller pair.
///
/// Pair counts are kept incrementally with a lazy priority queue, so tens of thousands of merges stay
/// cheap.
final class BpeTrainer {

    /// SentencePiece's longest piece by default.
    static final int MAX_PIECE_LENGTH = 16;

    private final List<String> symbols = new ArrayList<>();
    private final Map<String, Integer> symbolIds = new HashMap<>();
    private final List<int[]> words = new ArrayList<>();
    private final List<Integer> wordFreqs = new ArrayList<>();
    private final Map<Long, Integer> pairCounts = new HashMap<>();
    private final Map<Long, Set<Integer>> pairWords = new HashMap<>();
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>();

    private record Candidate(int count, String left, String right, long key) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            int c = Integer.compare(o.count, count);
            if (c == 0) {
                c = left.compareTo(o.left);
            }
            return c != 0 ? c : right.compareTo(o.right);
        }
    }

    /// Learns up to `maxMerges` merged pieces from `units` (mergeable character runs with their counts)
    /// and returns them in merge order.
    static List<String> train(Map<String, Integer> units, int maxMerges) {
        BpeTrainer t = new BpeTrainer();
        units.forEach(t::addWord);
        t.pairCounts.forEach((k, c) -> t.push(k, c));
        List<String> merged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (merged.size() < maxMerges) {
            Candidate best = t.pop();
            if (best == null) {
                break;
            }
            String piece = t.merge(best);
            if (seen.add(piece)) {
                merged.add(piece);
            }
        }
        return merged;
    }

    private int symbol(String s) {
        return symbolIds.computeIfAbsent(s, k -> {
            symbols.add(k);
            return symbols.size() - 1;
        });
    }

    private void addWord(String unit, int freq) {
        int[] syms = unit.codePoints().map(cp -> symbol(Character.toString(cp))).toArray();
        words.add(syms);
        wordFreqs.add(freq);
        countPairs(words.size() - 1, +1, null);
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    /// Adds (sign +1) or removes (-1) the pairs of word `w`; changed keys go to `changed` when given.
    private void countPairs(int w, int sign, Set<Long> changed) {
        int[] syms = words.get(w);
        int freq = wordFreqs.get(w);
        for (int i = 0; i + 1 < syms.length; i++) {
            long k = key(syms[i], syms[i + 1]);
            pairCounts.merge(k, sign * freq, Integer::sum);
            if (sign > 0) {
                pairWords.computeIfAbsent(k, x -> new HashSet<>()).add(w);
            }
            if (changed != null) {
                changed.add(k);
            }
        }
    }

    private void push(long k, int count) {
        int a = (int) (k >>> 32);
        int b = (int) k;
        if (count > 0 && symbols.get(a).length() + symbols.get(b).length() <= MAX_PIECE_LENGTH) {
            queue.add(new Candidate(count, symbols.get(a), symbols.get(b), k));
        }
    }

    /// The best pair whose queued count is still current (stale entries are dropped).
    private Candidate pop() {
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (pairCounts.getOrDefault(c.key, 0) == c.count) {
                return c;
            }
        }
        return null;
    }

    private String merge(Candidate best) {
        int a = (int) (best.key >>> 32);
        int b = (int) best.key;
        int merged = symbol(best.left + best.right);
        Set<Long> changed = new HashSet<>();
        List<Integer> affected = new ArrayList<>(pairWords.getOrDefault(best.key, Set.of()));
        affected.sort(null);
        for (int w : affected) {
            countPairs(w, -1, changed);
            words.set(w, replace(words.get(w), a, b, merged));
            countPairs(w, +1, changed);
        }
        pairCounts.remove(best.key);
        for (long k : changed) {
            push(k, pairCounts.getOrDefault(k, 0));
        }
        return symbols.get(merged);
    }

    private static int[] replace(int[] syms, int a, int b, int merged) {
        int[] out = new int[syms.length];
        int n = 0;
        for (int i = 0; i < syms.length; i++) {
            if (i + 1 < syms.length && syms[i] == a && syms[i + 1] == b) {
                out[n++] = merged;
                i++;
            } else {
                out[n++] = syms[i];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /// Unit counts in first-seen order (stable across runs).
    static Map<String, Integer> newUnitCounts() {
        return new LinkedHashMap<>();
    }
}
