package org.vwb.vocab.mine.internal;

import java.util.Arrays;

/// An immutable int sequence usable as a hash key (a segment of symbols).
final class IntSeq {
    final int[] values;
    private final int hash;

    IntSeq(int[] values) {
        this.values = values;
        this.hash = Arrays.hashCode(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntSeq other && other.hash == hash && Arrays.equals(other.values, values);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
