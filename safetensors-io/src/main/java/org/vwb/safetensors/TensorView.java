package org.vwb.safetensors;

import java.lang.foreign.MemorySegment;

/// A tensor's bytes (a slice of the mapping, or of heap memory) with its header entry.
///
/// Row access treats the tensor as `shape[0]` rows of `elementCount / shape[0]` elements; it reads only
/// the requested rows. Conversions to f32 are exact for F32/F16/BF16; F64 rounds to nearest.
public interface TensorView {

    /// The header entry.
    TensorInfo info();

    /// The raw little-endian bytes, exactly `info().byteLength()` long.
    MemorySegment data();

    /// `shape[0]` (1 for a scalar).
    long rows();

    /// Elements per row.
    long columns();

    /// Decodes row `row` into `dst[0 .. columns())`.
    ///
    /// @throws UnsupportedOperationException when the dtype has no f32 conversion
    void readRow(long row, float[] dst);

    /// Decodes the whole tensor to f32 (row-major). Only for tensors below 2^31 elements.
    float[] toFloatArray();
}
