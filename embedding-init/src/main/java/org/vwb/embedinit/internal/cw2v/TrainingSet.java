package org.vwb.embedinit.internal.cw2v;

import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.vwb.embedinit.InitProblem;

/// The corpus as the trainer sees it: ids mapped to an internal vocabulary, rare and unusable tokens
/// dropped, plus the word2vec statistics (subsampling and the negative distribution).
///
/// Internal ids: `u < baseRows` is the base anchor `u`; `baseRows + t` is the `t`-th **trained** new
/// token. A target id that is neither (a special or overlapping token the Initializer copies, a base
/// row that is not an anchor, a new token below `min-count`) is dropped from its line, as word2vec drops
/// words outside its vocabulary; so are tokens of lines left with fewer than two tokens.
final class TrainingSet {

    final int baseRows;
    /// Problem token index of trained slot `t`.
    final int[] trained;
    /// Trained slot of problem token `j`, or −1.
    final int[] slotOfToken;
    /// Occurrences of problem token `j` in the corpus (before dropping lines), for the provenance notes.
    final long[] tokenCounts;
    /// Occurrences per internal id in [#seq].
    final long[] counts;
    final long totalTokens;
    final int[] seq;
    final int[] lineStarts;
    /// word2vec's keep probability per internal id.
    final float[] keep;
    private final double[] cumulative;

    private TrainingSet(int baseRows, int[] trained, int[] slotOfToken, long[] tokenCounts, long[] counts,
                        int[] seq, int[] lineStarts, double subsample) {
        this.baseRows = baseRows;
        this.trained = trained;
        this.slotOfToken = slotOfToken;
        this.tokenCounts = tokenCounts;
        this.counts = counts;
        this.seq = seq;
        this.lineStarts = lineStarts;
        this.totalTokens = Arrays.stream(counts).sum();
        this.keep = keepProbabilities(counts, totalTokens, subsample);
        this.cumulative = unigram(counts);
    }

    /// Maps `corpus` (target ids) for `problem`.
    static TrainingSet build(InitProblem problem, EncodedCorpus corpus, int minCount, double subsample) {
        int baseRows = problem.input().rows();
        int n = problem.tokens().size();
        int[] provisional = provisionalIds(problem, corpus, baseRows);
        long[] raw = new long[baseRows + n];
        for (int id : corpus.ids()) {
            int u = id < provisional.length ? provisional[id] : -1;
            if (u >= 0) {
                raw[u]++;
            }
        }
        long[] tokenCounts = Arrays.copyOfRange(raw, baseRows, baseRows + n);
        int[] lineStarts = new int[corpus.lines() + 1];
        int[] seq = new int[corpus.ids().length];
        int len = 0;
        int lines = 0;
        long[] kept = new long[baseRows + n];
        for (int l = 0; l < corpus.lines(); l++) {
            int start = len;
            for (int i = corpus.lineStarts()[l]; i < corpus.lineStarts()[l + 1]; i++) {
                int id = corpus.ids()[i];
                int u = id < provisional.length ? provisional[id] : -1;
                if (u >= 0 && raw[u] >= minCount) {
                    seq[len++] = u;
                }
            }
            if (len - start < 2) {
                len = start;
                continue;
            }
            for (int i = start; i < len; i++) {
                kept[seq[i]]++;
            }
            lineStarts[lines++] = start;
        }
        lineStarts[lines] = len;
        int[] slotOfToken = new int[n];
        int trainedCount = 0;
        for (int j = 0; j < n; j++) {
            slotOfToken[j] = kept[baseRows + j] > 0 ? trainedCount++ : -1;
        }
        int[] trained = new int[trainedCount];
        long[] counts = new long[baseRows + trainedCount];
        System.arraycopy(kept, 0, counts, 0, baseRows);
        for (int j = 0; j < n; j++) {
            if (slotOfToken[j] >= 0) {
                trained[slotOfToken[j]] = j;
                counts[baseRows + slotOfToken[j]] = kept[baseRows + j];
            }
        }
        for (int i = 0; i < len; i++) {
            if (seq[i] >= baseRows) {
                seq[i] = baseRows + slotOfToken[seq[i] - baseRows];
            }
        }
        return new TrainingSet(baseRows, trained, slotOfToken, tokenCounts, counts, Arrays.copyOf(seq, len),
                Arrays.copyOf(lineStarts, lines + 1), subsample);
    }

    /// Target id → base anchor id, or `baseRows + j` for problem token `j`, or −1.
    private static int[] provisionalIds(InitProblem problem, EncodedCorpus corpus, int baseRows) {
        int size = problem.target().size();
        for (var t : problem.tokens()) {
            size = Math.max(size, t.id() + 1);
        }
        int[] map = new int[size];
        Arrays.fill(map, -1);
        BitSet anchors = problem.anchors();
        for (int id = anchors.nextSetBit(0); id >= 0 && id < size; id = anchors.nextSetBit(id + 1)) {
            map[id] = id;
        }
        for (int j = 0; j < problem.tokens().size(); j++) {
            map[problem.tokens().get(j).id()] = baseRows + j;
        }
        return map;
    }

    /// Number of trained new tokens.
    int trainedCount() {
        return trained.length;
    }

    /// Number of lines with at least two tokens.
    int lines() {
        return lineStarts.length - 1;
    }

    /// Whether internal id `u` is a trained new token.
    boolean isNew(int u) {
        return u >= baseRows;
    }

    /// A negative drawn from the unigram distribution raised to 0.75 (with replacement).
    int drawNegative(SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        i = i >= 0 ? i + 1 : -i - 1;
        while (counts[Math.min(i, counts.length - 1)] == 0 && i < counts.length - 1) {
            i++;
        }
        return Math.min(i, counts.length - 1);
    }

    /// word2vec's subsampling on **relative** frequencies `f = count/total` (the reference used raw
    /// counts): keep with probability `min(1, (√(f/t) + 1)·t/f)`.
    private static float[] keepProbabilities(long[] counts, long total, double t) {
        float[] keep = new float[counts.length];
        for (int u = 0; u < counts.length; u++) {
            double f = counts[u] / (double) Math.max(1, total);
            keep[u] = t <= 0 || f == 0 ? 1f : (float) Math.min(1.0, (Math.sqrt(f / t) + 1) * t / f);
        }
        return keep;
    }

    private static double[] unigram(long[] counts) {
        double[] c = new double[counts.length];
        double s = 0;
        for (int u = 0; u < counts.length; u++) {
            s += Math.pow(counts[u], 0.75);
            c[u] = s;
        }
        return c;
    }
}
