package org.vwb.embedinit.internal.vectors;

import java.util.stream.IntStream;
import org.vwb.common.JobContext;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Similarities of query rows to candidate rows, one block of query rows per GEMM, so that the full
/// `queries × candidates` matrix (2.56 GB for 20,000 × 32,000) never exists at once. Each block's rows are
/// handed to a [RowVisitor] in parallel; a visitor writes only to its own row's slots, so results do not
/// depend on the thread count or on the block size.
public final class BlockedSimilarity {

    /// Default block: at most 2^25 similarities (128 MB of floats) per GEMM.
    public static final long DEFAULT_BLOCK_FLOATS = 1L << 25;

    private BlockedSimilarity() {
    }

    /// Receives one query row's similarities to every candidate.
    @FunctionalInterface
    public interface RowVisitor {
        /// `sims[offset + c]` is the similarity of query `row` to candidate `c`, for `c < candidates`.
        void visit(int row, float[] sims, int offset, int candidates);
    }

    /// Computes `queries · candidatesᵀ` block by block and visits every row.
    ///
    /// @param blockFloats the most similarities one block may hold (at least one row is always taken)
    public static void run(LinearAlgebra la, FloatMatrix queries, FloatMatrix candidates, long blockFloats,
                           JobContext ctx, RowVisitor visitor) {
        int n = queries.rows();
        int m = candidates.rows();
        int d = queries.cols();
        int block = (int) Math.max(1, Math.min(n, blockFloats / m));
        ctx.progress().begin("similarities of " + n + " tokens to " + m + " candidates", n);
        for (int start = 0; start < n; start += block) {
            ctx.cancellation().check();
            int rows = Math.min(block, n - start);
            FloatMatrix q = rows == n ? queries : slice(queries, start, rows, d);
            float[] sims = la.gemm(q, candidates, false, true).data();
            int first = start;
            IntStream.range(0, rows).parallel().forEach(r -> visitor.visit(first + r, sims, r * m, m));
            ctx.progress().advance(rows);
        }
    }

    private static FloatMatrix slice(FloatMatrix x, int start, int rows, int d) {
        float[] out = new float[rows * d];
        System.arraycopy(x.data(), start * d, out, 0, rows * d);
        return new FloatMatrix(rows, d, out);
    }
}
