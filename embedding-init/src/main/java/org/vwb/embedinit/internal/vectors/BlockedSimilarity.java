package org.vwb.embedinit.internal.vectors;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Similarities of query rows to candidate rows, one block of query rows per GEMM, so that the full
/// `queries × candidates` matrix (2.56 GB for 20,000 × 32,000) never exists at once. Each block's rows are
/// handed to a [RowVisitor] in parallel; a visitor writes only to its own row's slots, so results do not
/// depend on the thread count or on the block size.
///
/// The GEMM of the next block runs on its own thread while the current block's rows are visited: the
/// copies into and out of the native backend are single-threaded, and the visits fill that idle core.
/// At most two blocks are alive at once.
public final class BlockedSimilarity {

    /// Default block: at most 2^27 similarities (512 MB of floats) per GEMM, or a sixteenth of the heap if
    /// that is less (two blocks are alive at once). Each GEMM through the ND4J backend copies both inputs in
    /// and the result out, so fewer, larger blocks cost less: measured under load, 20,000 × 32,000 in
    /// blocks of 2^27 took 19–21 s through the API against 24–29 s in blocks of 2^26 (docs/BENCHMARKS.md,
    /// "Initialization strategies"). Results do not depend on the block size.
    public static final long DEFAULT_BLOCK_FLOATS = Math.max(1L << 20, Math.min(1L << 27,
            Runtime.getRuntime().maxMemory() / 64));

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
        int block = (int) Math.max(1, Math.min(n, blockFloats / m));
        ctx.progress().begin("similarities of " + n + " tokens to " + m + " candidates", n);
        ExecutorService gemms = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon()
                .name("vwb-similarity-gemm").unstarted(r));
        try {
            Future<float[]> next = gemms.submit(() -> product(la, queries, candidates, 0, Math.min(block, n)));
            for (int start = 0; start < n; start += block) {
                ctx.cancellation().check();
                int rows = Math.min(block, n - start);
                float[] sims = await(next);
                int following = start + block;
                if (following < n) {
                    next = gemms.submit(() -> product(la, queries, candidates, following, Math.min(block, n - following)));
                }
                int first = start;
                IntStream.range(0, rows).parallel().forEach(r -> visitor.visit(first + r, sims, r * m, m));
                ctx.progress().advance(rows);
            }
        } finally {
            gemms.shutdownNow();
        }
    }

    private static float[] product(LinearAlgebra la, FloatMatrix queries, FloatMatrix candidates, int start, int rows) {
        int d = queries.cols();
        FloatMatrix q = queries;
        if (rows != queries.rows()) {
            float[] out = new float[rows * d];
            System.arraycopy(queries.data(), start * d, out, 0, rows * d);
            q = new FloatMatrix(rows, d, out);
        }
        return la.gemm(q, candidates, false, true).data();
    }

    private static float[] await(Future<float[]> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobCancelledException();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException re -> throw re;
                case Error err -> throw err;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }
}
