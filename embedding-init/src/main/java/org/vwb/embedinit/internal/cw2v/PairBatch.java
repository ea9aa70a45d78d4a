package org.vwb.embedinit.internal.cw2v;

import java.util.Arrays;

/// One optimiser step's skip-gram pairs: centre, context and `negatives` negative ids per pair (internal
/// ids; a negative of −1 was a draw equal to the context and is skipped, as in word2vec).
final class PairBatch {

    final int negatives;
    int size;
    int[] centre = new int[1024];
    int[] context = new int[1024];
    int[] negative;

    PairBatch(int negatives) {
        this.negatives = negatives;
        this.negative = new int[1024 * Math.max(1, negatives)];
    }

    void clear() {
        size = 0;
    }

    /// Appends a pair and returns its index; the caller fills `negative[index·negatives + k]`.
    int add(int c, int o) {
        if (size == centre.length) {
            centre = Arrays.copyOf(centre, size * 2);
            context = Arrays.copyOf(context, size * 2);
            negative = Arrays.copyOf(negative, size * 2 * Math.max(1, negatives));
        }
        centre[size] = c;
        context[size] = o;
        return size++;
    }
}
