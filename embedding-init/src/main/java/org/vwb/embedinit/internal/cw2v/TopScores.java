package org.vwb.embedinit.internal.cw2v;

/// The `limit` best entries of a score row, best first (ties: lower id first), via a bounded min-heap.
final class TopScores {

    private TopScores() {
    }

    /// The ids `i < n` with `allowed[i]` and the largest `scores[off + i] / (divisor == null ? 1 : divisor[i])`.
    static int[] select(float[] scores, int off, int n, boolean[] allowed, float[] divisor, int limit) {
        int[] ids = new int[limit];
        float[] vals = new float[limit];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (!allowed[i]) {
                continue;
            }
            float s = divisor == null ? scores[off + i] : scores[off + i] / divisor[i];
            if (Float.isNaN(s)) {
                continue;
            }
            if (size < limit) {
                ids[size] = i;
                vals[size] = s;
                siftUp(ids, vals, size++);
            } else if (worse(vals[0], ids[0], s, i)) {
                ids[0] = i;
                vals[0] = s;
                siftDown(ids, vals, size);
            }
        }
        // heap-sort the survivors, best first
        int[] out = new int[size];
        for (int k = size - 1; k >= 0; k--) {
            out[k] = ids[0];
            ids[0] = ids[k];
            vals[0] = vals[k];
            siftDown(ids, vals, k);
        }
        return out;
    }

    /// Whether `(va, ia)` ranks below `(vb, ib)`: lower score, or equal score and higher id.
    private static boolean worse(float va, int ia, float vb, int ib) {
        return va < vb || (va == vb && ia > ib);
    }

    private static void siftUp(int[] ids, float[] vals, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(vals[i], ids[i], vals[parent], ids[parent])) {
                return;
            }
            swap(ids, vals, i, parent);
            i = parent;
        }
    }

    private static void siftDown(int[] ids, float[] vals, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < size && worse(vals[l], ids[l], vals[m], ids[m])) {
                m = l;
            }
            if (r < size && worse(vals[r], ids[r], vals[m], ids[m])) {
                m = r;
            }
            if (m == i) {
                return;
            }
            swap(ids, vals, i, m);
            i = m;
        }
    }

    private static void swap(int[] ids, float[] vals, int a, int b) {
        int t = ids[a];
        ids[a] = ids[b];
        ids[b] = t;
        float v = vals[a];
        vals[a] = vals[b];
        vals[b] = v;
    }
}
