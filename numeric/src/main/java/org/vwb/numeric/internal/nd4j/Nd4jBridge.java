package org.vwb.numeric.internal.nd4j;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vwb.numeric.FloatMatrix;

/// The one place that converts between [FloatMatrix] and ND4J's `INDArray` (STYLE.md §3.7). Every
/// conversion copies: `INDArray` memory is off-heap and owned by ND4J's workspace/GC machinery, and
/// `FloatMatrix` is a plain heap array.
final class Nd4jBridge {
    private Nd4jBridge() {}

    /// A new C-ordered (row-major) `INDArray` holding a copy of `m`.
    static INDArray toRowMajor(FloatMatrix m) {
        return Nd4j.create(m.data(), new long[] {m.rows(), m.cols()}, 'c');
    }

    /// A new F-ordered (column-major, LAPACK's layout) `INDArray` holding a copy of `m`.
    static INDArray toColumnMajor(FloatMatrix m) {
        return toRowMajor(m).dup('f');
    }

    /// An uninitialised F-ordered float matrix (LAPACK output).
    static INDArray columnMajor(long rows, long cols) {
        return Nd4j.createUninitialized(DataType.FLOAT, new long[] {rows, cols}, 'f');
    }

    /// An uninitialised C-ordered float matrix.
    static INDArray rowMajor(long rows, long cols) {
        return Nd4j.createUninitialized(DataType.FLOAT, new long[] {rows, cols}, 'c');
    }

    /// A heap copy of a rank-2 array in either order.
    static FloatMatrix toMatrix(INDArray x) {
        INDArray c = x.ordering() == 'c' && !x.isView() ? x : x.dup('c');
        float[] out = new float[Math.toIntExact(c.length())];
        copy(c, 0, out);
        return new FloatMatrix((int) x.rows(), (int) x.columns(), out);
    }

    /// Copies `dst.length` elements of a dense, non-view array starting at element `offset`.
    ///
    /// Through the javacpp pointer, because ND4J's `asNioFloat()` / `asFloat()` go through a
    /// `FloatBuffer`, whose int capacity stops at 2³¹ bytes: a 20,000 × 32,000 result is 2.56 GB.
    static void copy(INDArray dense, long offset, float[] dst) {
        if (dense.isView() || offset < 0 || offset + dst.length > dense.length()) {
            throw new IllegalArgumentException("cannot copy " + dst.length + " elements at " + offset
                    + " from " + dense.shapeInfoToString());
        }
        FloatPointer p = new FloatPointer((FloatPointer) dense.data().addressPointer());
        p.position(p.position() + offset).get(dst);
    }

    /// A heap copy of the first `n` elements of a vector.
    static float[] toVector(INDArray x, int n) {
        float[] all = x.data().asFloat();
        return all.length == n ? all : java.util.Arrays.copyOf(all, n);
    }
}
