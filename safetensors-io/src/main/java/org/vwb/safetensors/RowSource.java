package org.vwb.safetensors;

/// Supplies rows of a matrix in f32, for encoding to a target dtype while writing.
@FunctionalInterface
public interface RowSource {

    /// Fills `dst[0 .. columns)` with row `row`.
    void readRow(long row, float[] dst);
}
