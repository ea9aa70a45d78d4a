package org.vwb.numeric.internal.panama;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.internal.BaseSimilarityBlocks;

/// [org.vwb.numeric.SimilarityBlocks] for the `panama` backend: its kernel writes straight into the
/// caller's array, so there is no copy out at all.
final class PanamaSimilarityBlocks extends BaseSimilarityBlocks {
    private final PanamaGemm gemm;
    private FloatMatrix candidates;

    PanamaSimilarityBlocks(PanamaGemm gemm, FloatMatrix b, int maxRows) {
        super(b, maxRows);
        this.gemm = gemm;
        this.candidates = b.copy();
    }

    @Override
    protected void computeRows(FloatMatrix queries, int first, int rows, float[] out) {
        gemm.multiplyInto(rowsOf(queries, first, rows), candidates, false, true, out, rows, dim(), candidates());
    }

    @Override
    protected void release() {
        candidates = null;
    }
}
