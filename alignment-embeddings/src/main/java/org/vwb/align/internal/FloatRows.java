package org.vwb.align.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/// A `rows × dim` float matrix in one contiguous block: a `float[]` while it fits in an array, else an
/// off-heap [MemorySegment] (which can also be a slice of a memory-mapped file).
///
/// Why both: `.vec` files up to 2^31 floats (e.g. 2 M × 300 = 600 M) stay on the heap at 4 bytes per
/// float; bigger ones and fastText `.bin` input matrices live off-heap with no copy at all.
public final class FloatRows {

    /// Little-endian and unaligned: the layout of floats inside fastText and word2vec binary files.
    public static final ValueLayout.OfFloat LE_FLOAT =
            ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8L;

    private final float[] heap;
    private final MemorySegment segment;
    private final long rows;
    private final int dim;

    private FloatRows(float[] heap, MemorySegment segment, long rows, int dim) {
        this.heap = heap;
        this.segment = segment;
        this.rows = rows;
        this.dim = dim;
    }

    /// A zero-filled matrix: on the heap if `rows × dim` fits in an array, otherwise off-heap (freed by GC).
    public static FloatRows allocate(long rows, int dim) {
        long n = Math.multiplyExact(rows, (long) dim);
        if (n <= MAX_ARRAY) {
            return new FloatRows(new float[(int) n], null, rows, dim);
        }
        return allocateOffHeap(rows, dim);
    }

    /// A zero-filled off-heap matrix (freed when unreachable); [#allocate] uses it beyond array size.
    public static FloatRows allocateOffHeap(long rows, int dim) {
        MemorySegment seg = Arena.ofAuto().allocate(Math.multiplyExact(Math.multiplyExact(rows, (long) dim), 4L), 4);
        return new FloatRows(null, seg, rows, dim);
    }

    /// Wraps a heap array of exactly `rows × dim` floats (no copy).
    public static FloatRows wrap(float[] data, int rows, int dim) {
        if ((long) rows * dim != data.length) {
            throw new IllegalArgumentException("data holds " + data.length + " floats, expected "
                    + rows + " × " + dim);
        }
        return new FloatRows(data, null, rows, dim);
    }

    /// Views a segment of little-endian floats (e.g. a slice of a mapped file) as a matrix (no copy).
    public static FloatRows view(MemorySegment segment, long rows, int dim) {
        if (segment.byteSize() != rows * dim * 4L) {
            throw new IllegalArgumentException("segment of " + segment.byteSize() + " bytes for "
                    + rows + " × " + dim + " floats");
        }
        return new FloatRows(null, segment, rows, dim);
    }

    /// Number of rows.
    public long rows() {
        return rows;
    }

    /// Floats per row.
    public int dim() {
        return dim;
    }

    /// Bytes of float storage (heap or off-heap).
    public long storageBytes() {
        return rows * dim * 4L;
    }

    /// Copies `values[0..dim)` into row `row`.
    public void setRow(long row, float[] values) {
        if (heap != null) {
            System.arraycopy(values, 0, heap, (int) (row * dim), dim);
        } else {
            MemorySegment.copy(values, 0, segment, LE_FLOAT, row * dim * 4L, dim);
        }
    }

    /// Copies row `row` into `dst[0..dim)`.
    public void copyRow(long row, float[] dst) {
        if (heap != null) {
            System.arraycopy(heap, (int) (row * dim), dst, 0, dim);
        } else {
            MemorySegment.copy(segment, LE_FLOAT, row * dim * 4L, dst, 0, dim);
        }
    }

    /// Adds row `row` to `acc[0..dim)`.
    public void addRowTo(long row, float[] acc) {
        if (heap != null) {
            int base = (int) (row * dim);
            for (int j = 0; j < dim; j++) {
                acc[j] += heap[base + j];
            }
        } else {
            long base = row * dim * 4L;
            for (int j = 0; j < dim; j++) {
                acc[j] += segment.get(LE_FLOAT, base + 4L * j);
            }
        }
    }

    /// A copy of the first `n` rows.
    public FloatRows firstRows(long n) {
        FloatRows small = allocate(n, dim);
        float[] tmp = new float[dim];
        for (long i = 0; i < n; i++) {
            copyRow(i, tmp);
            small.setRow(i, tmp);
        }
        return small;
    }
}
