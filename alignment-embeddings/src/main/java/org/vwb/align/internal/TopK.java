package org.vwb.align.internal;

import java.util.Arrays;

/// The `k` largest scores seen so far with their indices, best first; ties keep the lower index.
/// Insertion into a sorted array: k is small (5–10) in every use here.
public final class TopK {
    private final float[] scores;
    private final int[] indices;
    private int size;

    /// Keeps at most `k` entries.
    public TopK(int k) {
        scores = new float[k];
        indices = new int[k];
    }

    /// Forgets all entries.
    public void clear() {
        size = 0;
    }

    /// Offers `index` with `score`; indices must be offered in increasing order for the tie rule.
    public void offer(int index, float score) {
        int k = scores.length;
        if (size == k && !(score > scores[k - 1])) {
            return;
        }
        int pos = size < k ? size++ : k - 1;
        while (pos > 0 && scores[pos - 1] < score) {
            scores[pos] = scores[pos - 1];
            indices[pos] = indices[pos - 1];
            pos--;
        }
        scores[pos] = score;
        indices[pos] = index;
    }

    /// Number of entries (≤ k).
    public int size() {
        return size;
    }

    /// Score of the `i`-th best entry.
    public float score(int i) {
        return scores[i];
    }

    /// Index of the `i`-th best entry.
    public int index(int i) {
        return indices[i];
    }

    /// Mean of the kept scores (0 if none).
    public float mean() {
        double s = 0;
        for (int i = 0; i < size; i++) {
            s += scores[i];
        }
        return size == 0 ? 0f : (float) (s / size);
    }

    /// The kept indices, best first.
    public int[] indices() {
        return Arrays.copyOf(indices, size);
    }

    /// Dot product of `a[ai .. ai+d)` and `b[bi .. bi+d)` (4 accumulators: independent FMA chains).
    public static float dot(float[] a, int ai, float[] b, int bi, int d) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int j = 0;
        for (; j + 3 < d; j += 4) {
            s0 += a[ai + j] * b[bi + j];
            s1 += a[ai + j + 1] * b[bi + j + 1];
            s2 += a[ai + j + 2] * b[bi + j + 2];
            s3 += a[ai + j + 3] * b[bi + j + 3];
        }
        for (; j < d; j++) {
            s0 += a[ai + j] * b[bi + j];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
