package org.vwb.embedinit.internal.vectors;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.SimilarityBlocks;

/// Similarities of query rows to candidate rows, one block of query rows per GEMM, so that the full
/// `queries × candidates` matrix (2.56 GB for 20,000 × 32,000) never exists at once. Each block's rows are
/// handed to a [RowVisitor] in parallel; a visitor writes only to its own row's slots, so results do not
/// depend on the thread count.
///
/// The blocks come from [LinearAlgebra#similarities]: the candidates are copied into the backend once and
/// each block costs the kernel plus one copy out, into one of two heap arrays allocated once. The GEMM of
/// the next block runs on its own thread, into the other array, while the current block's rows are
/// visited: the visits fill the core the copy out leaves idle.
public final class BlockedSimilarity {

    /// Default block: at most 2^27 similarities (512 MB of floats) per GEMM, or a sixteenth of the heap if
    /// that is less (two blocks are alive at once). Measured under load with the per-call `gemm` API,
    /// 20,000 × 32,000 in blocks of 2^27 took 19–21 s against 24–29 s in blocks of 2^26 (docs/BENCHMARKS.md,
    /// "WECHSEL on a Llama-2-shaped case"); with resident buffers the block size matters less.
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
        float[][] buffers = {new float[block * m], new float[Math.min(block, Math.max(0, n - block)) * m]};
        ExecutorService gemms = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon()
                .name("vwb-similarity-gemm").unstarted(r));
        try (SimilarityBlocks blocks = la.similarities(candidates, block)) {
            try {
                Future<float[]> next = submit(gemms, blocks, queries, 0, block, buffers[0]);
                for (int start = 0, i = 0; start < n; start += block, i++) {
                    ctx.cancellation().check();
                    int rows = Math.min(block, n - start);
                    float[] sims = await(next);
                    // the other array held the previous block, whose visits have all returned
                    next = start + block < n ? submit(gemms, blocks, queries, start + block, block, buffers[(i + 1) % 2])
                            : null;
                    int first = start;
                    IntStream.range(0, rows).parallel().forEach(r -> visitor.visit(first + r, sims, r * m, m));
                    ctx.progress().advance(rows);
                }
            } finally {
                // the GEMM thread may still write into the native buffers: let it finish before they are freed
                gemms.shutdownNow();
                awaitTermination(gemms);
            }
        }
    }

    private static Future<float[]> submit(ExecutorService gemms, SimilarityBlocks blocks, FloatMatrix queries,
                                          int start, int block, float[] out) {
        int rows = Math.min(block, queries.rows() - start);
        return gemms.submit(() -> {
            blocks.compute(queries, start, rows, out);
            return out;
        });
    }

    private static void awaitTermination(ExecutorService gemms) {
        boolean interrupted = false;
        while (true) {
            try {
                if (gemms.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
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
