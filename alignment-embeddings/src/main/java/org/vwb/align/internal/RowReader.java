package org.vwb.align.internal;

/// Reads row `i` of a vector space into `v` (a plain row, or a fastText vector computed from n-grams).
@FunctionalInterface
public interface RowReader {

    /// Writes row `i` into `v[0..dim)`.
    void rowInto(int i, float[] v);
}
