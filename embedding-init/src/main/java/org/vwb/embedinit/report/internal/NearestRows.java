package org.vwb.embedinit.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.vwb.common.JobContext;
import org.vwb.embedinit.report.Neighbours;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Top-k cosine neighbours of new rows among old rows: blocks of new rows times all old rows, one GEMM
/// per block (`Q_b · Eᵀ`), divided by both norms afterwards so the old matrix is never copied.
public final class NearestRows {
    /// Elements of one block's similarity matrix (64 MiB of floats).
    private static final long BLOCK_ELEMENTS = 16L << 20;

    private NearestRows() {}

    /// The `k` nearest old rows of every new row; one progress unit per new row.
    public static List<Neighbours> find(LinearAlgebra la, FloatMatrix old, double[] oldNorms, FloatMatrix queries,
                                        double[] queryNorms, int k, JobContext ctx) {
        int n = old.rows();
        int d = old.cols();
        int kk = Math.min(k, n);
        int block = (int) Math.max(1, Math.min(queries.rows(), BLOCK_ELEMENTS / n));
        List<Neighbours> out = new ArrayList<>(queries.rows());
        for (int from = 0; from < queries.rows(); from += block) {
            ctx.cancellation().check();
            int rows = Math.min(block, queries.rows() - from);
            float[] q = new float[rows * d];
            System.arraycopy(queries.data(), from * d, q, 0, rows * d);
            FloatMatrix sims = la.gemm(new FloatMatrix(rows, d, q), old, false, true);
            for (int r = 0; r < rows; r++) {
                out.add(top(sims.data(), r * n, n, oldNorms, queryNorms[from + r], kk));
            }
            ctx.progress().advance(rows);
        }
        return out;
    }

    /// Keeps the best `k` by insertion into a sorted array: `k` is small (≈5), so this beats a heap.
    private static Neighbours top(float[] dots, int offset, int n, double[] oldNorms, double queryNorm, int k) {
        int[] ids = new int[k];
        float[] best = new float[k];
        java.util.Arrays.fill(best, Float.NEGATIVE_INFINITY);
        java.util.Arrays.fill(ids, -1);
        for (int i = 0; i < n; i++) {
            double den = oldNorms[i] * queryNorm;
            float c = den > 0 ? (float) (dots[offset + i] / den) : 0f;
            if (c > best[k - 1] || ids[k - 1] < 0) {
                int p = k - 1;
                while (p > 0 && (c > best[p - 1] || ids[p - 1] < 0)) {
                    best[p] = best[p - 1];
                    ids[p] = ids[p - 1];
                    p--;
                }
                best[p] = c;
                ids[p] = i;
            }
        }
        return new Neighbours(ids, best);
    }
}
