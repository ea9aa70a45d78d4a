package org.vwb.numeric.internal;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// [org.vwb.numeric.SimilarityBlocks] through [LinearAlgebra#gemm] and one copy into the caller's array:
/// for the `scalar` reference, where nothing is gained by keeping buffers.
public final class GemmSimilarityBlocks extends BaseSimilarityBlocks {
    private final LinearAlgebra algebra;
    private FloatMatrix candidates;

    /// Keeps a copy of `b` (so that later changes to it do not show).
    public GemmSimilarityBlocks(LinearAlgebra algebra, FloatMatrix b, int maxRows) {
        super(b, maxRows);
        this.algebra = algebra;
        this.candidates = b.copy();
    }

    @Override
    protected void computeRows(FloatMatrix queries, int first, int rows, float[] out) {
        float[] c = algebra.gemm(rowsOf(queries, first, rows), candidates, false, true).data();
        System.arraycopy(c, 0, out, 0, c.length);
    }

    @Override
    protected void release() {
        candidates = null;
    }
}
