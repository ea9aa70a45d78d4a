package org.vwb.vocab.mine.internal;

import java.util.Arrays;

/// A growable int array: the words in which a pair occurs (may hold stale entries, never consecutive
/// duplicates).
final class IntList {
    int[] values = new int[2];
    int size;

    void addDistinctFromLast(int v) {
        if (size > 0 && values[size - 1] == v) {
            return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }
}
