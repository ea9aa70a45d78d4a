package org.vwb.embedinit.internal.cw2v;

import java.util.Arrays;

/// One optimiser step's skip-gram pairs: centre, context and `negatives` negative ids per pair (internal
/// ids; a negative of −1 was a draw equal to the context and is skipped, as in word2vec). The pairs of one
/// centre position are consecutive and form a *position*: `positionStart[q] ≤ p < positionStart[q + 1]`.
final class PairBatch {

    final int negatives;
    int size;
    int positions;
    int[] centre = new int[1024];
    int[] context = new int[1024];
    int[] negative;
    int[] positionStart = new int[257];

    PairBatch(int negatives) {
        this.negatives = negatives;
        this.negative = new int[1024 * Math.max(1, negatives)];
    }

    void clear() {
        size = 0;
        positions = 0;
    }

    /// Appends a pair of the current position and returns its index; the caller fills
    /// `negative[index·negatives + k]`.
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

    /// Closes the position whose pairs were added since the last call (nothing if there were none).
    void endPosition() {
        if (size == positionStart[positions]) {
            return;
        }
        if (positions + 2 > positionStart.length) {
            positionStart = Arrays.copyOf(positionStart, positionStart.length * 2);
        }
        positionStart[++positions] = size;
    }
}
