package org.vwb.numeric.internal.nd4j;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.internal.BaseSimilarityBlocks;

/// [org.vwb.numeric.SimilarityBlocks] for the `nd4j` backend: `B` is copied into a native C-ordered array
/// once, and one native query buffer and one native result buffer of `maxRows` rows are allocated once.
/// Each block copies its query rows in, runs the same `Nd4j.gemm` call as [Nd4jLinearAlgebra#gemm] (so the
/// results are the same bits), and copies the result out once into the caller's array. A shorter last
/// block runs on row views of the same buffers.
final class Nd4jSimilarityBlocks extends BaseSimilarityBlocks {
    private final INDArray candidates;
    private final INDArray queryBuffer;
    private final INDArray resultBuffer;

    Nd4jSimilarityBlocks(FloatMatrix b, int maxRows) {
        super(b, maxRows);
        this.candidates = Nd4jBridge.toRowMajor(b);
        this.queryBuffer = Nd4jBridge.rowMajor(maxRows, b.cols());
        this.resultBuffer = Nd4jBridge.rowMajor(maxRows, b.rows());
    }

    @Override
    protected void computeRows(FloatMatrix queries, int first, int rows, float[] out) {
        int d = dim();
        pointer(queryBuffer).put(queries.data(), first * d, rows * d);
        INDArray a = rows == maxRows() ? queryBuffer : queryBuffer.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
        INDArray c = rows == maxRows() ? resultBuffer : resultBuffer.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
        Nd4j.gemm(a, candidates, c, false, true, 1.0, 0.0);
        pointer(resultBuffer).get(out, 0, rows * candidates());
    }

    /// A fresh pointer at the start of a dense array's native memory (positions are per pointer object).
    private static FloatPointer pointer(INDArray dense) {
        return new FloatPointer((FloatPointer) dense.data().addressPointer());
    }

    @Override
    protected void release() {
        candidates.close();
        queryBuffer.close();
        resultBuffer.close();
    }

    /// Whether the native buffers were given back (for tests).
    boolean buffersClosed() {
        return candidates.wasClosed() && queryBuffer.wasClosed() && resultBuffer.wasClosed();
    }
}
