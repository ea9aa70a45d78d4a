package org.vwb.safetensors;

import java.lang.foreign.MemorySegment;

/// A tensor's bytes (a slice of the mapping, or of heap memory) with its header entry.
///
/// Row access treats the tensor as `shape[0]` rows of `elementCount / shape[0]` elements; it reads only
/// the requested rows. Conversions to f32 are exact for F32/F16/BF16; F64 rounds to nearest.
///
/// Views of a [SafetensorsFile] are valid only while the file is open.
public interface TensorView {

    /// A view over `data`, which must hold exactly `info.byteLength()` bytes (e.g. `MemorySegment.ofArray`).
    static TensorView of(TensorInfo info, MemorySegment data) {
        return new org.vwb.safetensors.internal.SegmentTensorView(info, data, null, 0);
    }

    /// The header entry.
    TensorInfo info();

    /// The raw little-endian bytes, exactly `info().byteLength()` long.
    MemorySegment data();

    /// `shape[0]` (1 for a scalar).
    long rows();

    /// Elements per row (the product of `shape[1..]`).
    long columns();

    /// The raw bytes of row `row`, without copying.
    ///
    /// @throws UnsupportedOperationException for sub-byte dtypes
    default MemorySegment row(long row) {
        int bytes = info().dtype().bytes();
        if (bytes == 0) {
            throw new UnsupportedOperationException(info().dtype().wireName() + " rows are not byte-addressable");
        }
        java.util.Objects.checkIndex(row, rows());
        long rowBytes = columns() * bytes;
        return data().asSlice(row * rowBytes, rowBytes);
    }

    /// Decodes row `row` into `dst[0 .. columns())`.
    ///
    /// @throws UnsupportedOperationException when the dtype has no f32 conversion
    void readRow(long row, float[] dst);

    /// Decodes rows `[firstRow, firstRow + count)` into `dst[0 .. count × columns())`, row-major: the fast
    /// path for streaming a large matrix in blocks.
    ///
    /// @throws UnsupportedOperationException when the dtype has no f32 conversion
    default void readRows(long firstRow, int count, float[] dst) {
        float[] row = new float[Math.toIntExact(columns())];
        for (int r = 0; r < count; r++) {
            readRow(firstRow + r, row);
            System.arraycopy(row, 0, dst, r * row.length, row.length);
        }
    }

    /// Decodes the whole tensor to f32 (row-major). Only for tensors below 2^31 elements.
    float[] toFloatArray();
}
