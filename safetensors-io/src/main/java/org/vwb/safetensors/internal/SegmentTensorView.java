package org.vwb.safetensors.internal;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import org.vwb.safetensors.TensorInfo;
import org.vwb.safetensors.TensorView;

/// A tensor over a memory segment; when the segment is a slice of a mapped file, also knows the file
/// region so that the writer can copy it with a kernel copy instead of touching the mapped pages.
///
/// @param info       the header entry
/// @param data       exactly the tensor's bytes
/// @param file       the file the bytes come from, or `null` for memory-only data
/// @param fileOffset absolute offset of the first byte in `file`
public record SegmentTensorView(TensorInfo info, MemorySegment data, Path file, long fileOffset)
        implements TensorView {

    /// Checks that the segment is exactly as long as the entry says.
    public SegmentTensorView {
        if (data.byteSize() != info.byteLength()) {
            throw new IllegalArgumentException("tensor '" + info.name() + "': segment holds " + data.byteSize()
                    + " bytes, header says " + info.byteLength());
        }
    }

    @Override
    public long rows() {
        return info.rank() == 0 ? 1 : info.shape()[0];
    }

    @Override
    public long columns() {
        long[] shape = info.shape();
        long c = 1;
        for (int i = 1; i < shape.length; i++) {
            c *= shape[i];
        }
        return c;
    }

    @Override
    public MemorySegment row(long row) {
        long rowBytes = rowBytes();
        checkRows(row, 1);
        return data.asSlice(row * rowBytes, rowBytes);
    }

    @Override
    public void readRow(long row, float[] dst) {
        readRows(row, 1, dst);
    }

    @Override
    public void readRows(long firstRow, int count, float[] dst) {
        checkRows(firstRow, count);
        long elements = Math.multiplyExact(columns(), (long) count);
        if (dst.length < elements) {
            throw new IllegalArgumentException("tensor '" + info.name() + "': " + count + " rows need "
                    + elements + " floats, destination holds " + dst.length);
        }
        RowCodec.decode(info.dtype(), data, firstRow * rowBytes(), dst, 0, (int) elements);
    }

    @Override
    public float[] toFloatArray() {
        long n = info.elementCount();
        if (n > Integer.MAX_VALUE - 8) {
            throw new UnsupportedOperationException("tensor '" + info.name() + "' has " + n
                    + " elements, too many for one float[]; read it row by row");
        }
        float[] out = new float[(int) n];
        RowCodec.decode(info.dtype(), data, 0, out, 0, (int) n);
        return out;
    }

    private long rowBytes() {
        if (info.dtype().bytes() == 0) {
            throw new UnsupportedOperationException("tensor '" + info.name() + "': " + info.dtype().wireName()
                    + " rows are not byte-addressable");
        }
        return columns() * info.dtype().bytes();
    }

    private void checkRows(long first, long count) {
        if (first < 0 || count < 0 || first > rows() - count) {
            throw new IndexOutOfBoundsException("tensor '" + info.name() + "': rows [" + first + ", "
                    + (first + count) + ") outside [0, " + rows() + ")");
        }
    }
}
