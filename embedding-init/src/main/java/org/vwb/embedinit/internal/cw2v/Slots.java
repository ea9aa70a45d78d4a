package org.vwb.embedinit.internal.cw2v;

/// Where each trainable row occurs in a batch, grouped by row (compressed rows, in batch order): slot `t`
/// is the input row of trained token `t`, slot `T + t` its output row (untied models; a tied model has
/// only the first `T` slots, and a token's occurrences as centre, context and negative all go to one).
///
/// Codes: a centre occurrence is the whole position `q` (all its pairs at once), coded `−1 − q`; a context
/// is `pair·(1 + negatives)`, negative `k` of a pair `pair·(1 + negatives) + 1 + k`.
final class Slots {

    final int[] start;
    final int[] codes;

    private Slots(int[] start, int[] codes) {
        this.start = start;
        this.codes = codes;
    }

    static Slots of(PairBatch b, TrainingSet set, boolean tied) {
        int t = set.trainedCount();
        int slots = tied ? t : 2 * t;
        int outBase = tied ? 0 : t;
        int[] start = new int[slots + 1];
        int stride = 1 + b.negatives;
        int[] codes = null;
        int[] next = start;
        for (int pass = 0; pass < 2; pass++) {
            for (int q = 0; q < b.positions; q++) {
                int first = b.positionStart[q];
                visit(next, codes, set.baseRows, 0, b.centre[first], -1 - q);
                for (int p = first; p < b.positionStart[q + 1]; p++) {
                    visit(next, codes, set.baseRows, outBase, b.context[p], p * stride);
                    for (int k = 0; k < b.negatives; k++) {
                        visit(next, codes, set.baseRows, outBase, b.negative[p * b.negatives + k], p * stride + 1 + k);
                    }
                }
            }
            if (pass == 0) {
                // counts sit one to the right; prefix sums turn them into starts
                for (int s = 0; s < slots; s++) {
                    start[s + 1] += start[s];
                }
                codes = new int[start[slots]];
                next = start.clone();
            }
        }
        return new Slots(start, codes);
    }

    private static void visit(int[] next, int[] codes, int baseRows, int slotBase, int u, int code) {
        if (u < baseRows) {
            return;
        }
        int slot = slotBase + u - baseRows;
        if (codes == null) {
            next[slot + 1]++;
        } else {
            codes[next[slot]++] = code;
        }
    }

    /// The tokens `s − from` of slots `s ∈ [from, to)` that occur in the batch, in increasing order.
    int[] touched(int from, int to) {
        int n = 0;
        for (int s = from; s < to; s++) {
            if (start[s + 1] > start[s]) {
                n++;
            }
        }
        int[] out = new int[n];
        n = 0;
        for (int s = from; s < to; s++) {
            if (start[s + 1] > start[s]) {
                out[n++] = s - from;
            }
        }
        return out;
    }
}
