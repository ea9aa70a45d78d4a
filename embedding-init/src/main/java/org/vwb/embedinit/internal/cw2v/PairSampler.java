package org.vwb.embedinit.internal.cw2v;

import java.util.SplittableRandom;

/// Skip-gram pairs of a corpus pass, in corpus order. Each line draws from its own random stream,
/// derived from the seed, the epoch and the line number, so the pairs do not depend on how the work is
/// later split between threads.
///
/// Subsampling drops tokens before the window is laid (word2vec). Every position within `±window` of
/// the centre is a context (the reference's fixed window; word2vec's shrunken random window is not
/// used). Only pairs with a new token as centre or as context are kept: a pair of two frozen base rows
/// has nothing to learn except through a new-token negative, and skipping them keeps the passes short.
final class PairSampler {

    private final TrainingSet set;
    private final int window;
    private final long seed;
    private int[] kept = new int[256];

    PairSampler(TrainingSet set, int window, long seed) {
        this.set = set;
        this.window = window;
        this.seed = seed;
    }

    /// Appends the pairs of lines `line, line+1, …` to `batch` until it holds at least `target` pairs or
    /// the corpus ends; returns the next line to read.
    int fill(int epoch, int line, PairBatch batch, int target) {
        int l = line;
        while (l < set.lines() && batch.size < target) {
            addLine(epoch, l, batch);
            l++;
        }
        return l;
    }

    private void addLine(int epoch, int line, PairBatch batch) {
        SplittableRandom random = new SplittableRandom(mix(seed, epoch, line));
        int from = set.lineStarts[line];
        int to = set.lineStarts[line + 1];
        if (kept.length < to - from) {
            kept = new int[to - from];
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            int u = set.seq[i];
            float keep = set.keep[u];
            if (keep >= 1f || random.nextDouble() < keep) {
                kept[n++] = u;
            }
        }
        for (int i = 0; i < n; i++) {
            int c = kept[i];
            for (int k = Math.max(0, i - window); k <= Math.min(n - 1, i + window); k++) {
                int o = kept[k];
                if (k == i || !(set.isNew(c) || set.isNew(o))) {
                    continue;
                }
                int p = batch.add(c, o);
                for (int q = 0; q < batch.negatives; q++) {
                    int neg = set.drawNegative(random);
                    batch.negative[p * batch.negatives + q] = neg == o ? -1 : neg;
                }
            }
            batch.endPosition();
        }
    }

    /// A well-mixed 64-bit seed for one line of one epoch (SplittableRandom's own finaliser).
    static long mix(long seed, long epoch, long line) {
        long z = seed + 0x9E3779B97F4A7C15L * (epoch + 1) + 0xC2B2AE3D27D4EB4FL * (line + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
