package org.vwb.embedinit.internal.cw2v;

/// Where each trainable row occurs in a batch, grouped by row (compressed rows, in pair order): slot `t`
/// is the input row of trained token `t`, slot `T + t` its output row (untied models; a tied model has
/// only the first `T` slots and a token's occurrences as centre, context and negative all go to one).
///
/// An occurrence is coded `pair·(2 + negatives) + which`: `which` 0 = as centre, 1 = as context,
/// `2 + q` = as negative `q`.
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
        int[] start = new int[slots + 1];
        int stride = 2 + b.negatives;
        for (int pass = 0; pass < 2; pass++) {
            int[] codes = pass == 0 ? null : new int[start[slots]];
            int[] next = pass == 0 ? start : start.clone();
            for (int p = 0; p < b.size; p++) {
                visit(next, codes, set.baseRows, tied ? 0 : t, b.centre[p], p * stride, true);
                visit(next, codes, set.baseRows, tied ? 0 : t, b.context[p], p * stride + 1, false);
                for (int q = 0; q < b.negatives; q++) {
                    visit(next, codes, set.baseRows, tied ? 0 : t, b.negative[p * b.negatives + q],
                            p * stride + 2 + q, false);
                }
            }
            if (pass == 0) {
                // counts sit one to the right; prefix sums turn them into starts
                for (int s = 0; s < slots; s++) {
                    start[s + 1] += start[s];
                }
            } else {
                return new Slots(start, codes);
            }
        }
        throw new AssertionError("unreachable");
    }

    private static void visit(int[] next, int[] codes, int baseRows, int outBase, int u, int code,
                              boolean centre) {
        if (u < baseRows) {
            return;
        }
        int slot = (centre ? 0 : outBase) + u - baseRows;
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
