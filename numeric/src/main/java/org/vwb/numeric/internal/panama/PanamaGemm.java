package org.vwb.numeric.internal.panama;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.internal.Checks;

/// Blocked, multi-threaded `C = op(A) · op(B)` on the Vector API, in the Goto/BLIS loop order:
/// `jc` (NC columns of B, packed once per thread) → `pc` (KC of the shared dimension) → `ic` (MC rows
/// of A, packed) → `jr` → `ir` → [MicroKernel#tile].
///
/// Threads take contiguous bands of rows of C, so each element's summation order depends only on the
/// block sizes, never on the thread count: results are bit-identical for any `vwb.numeric.threads`.
final class PanamaGemm {
    /// K block: the whole shared dimension up to this size (300 for embeddings), so C is written once.
    private static final int KC_MAX = 384;
    /// M block: `MC × KC` floats of packed A stay in L2 (768 × 384 × 4 B ≈ 1.2 MB).
    private static final int MC = 128 * MicroKernel.MR;
    /// N block: `KC × NC` floats of packed B (384 × 2048 × 4 B = 3 MB) per thread.
    private static final int NC = 64 * MicroKernel.NR;

    private final ExecutorService pool;
    private final int threads;

    PanamaGemm(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vwb-gemm");
            t.setDaemon(true);
            return t;
        });
    }

    int threads() {
        return threads;
    }

    FloatMatrix multiply(FloatMatrix a, FloatMatrix b, boolean transA, boolean transB) {
        int[] mkn = Checks.gemmShape(a, b, transA, transB);
        int m = mkn[0];
        int k = mkn[1];
        int n = mkn[2];
        float[] c = new float[m * n];
        multiplyInto(a, b, transA, transB, c, m, k, n);
        return new FloatMatrix(m, n, c);
    }

    /// As [#multiply] into a caller-provided row-major `c` of length `m · n` (for benchmarks that reuse it).
    void multiplyInto(FloatMatrix a, FloatMatrix b, boolean transA, boolean transB, float[] c, int m, int k,
                      int n) {
        int bands = Math.min(threads, Math.ceilDiv(m, MicroKernel.MR));
        // bands are whole multiples of MR rows so that no tile straddles two threads
        int bandRows = Math.ceilDiv(Math.ceilDiv(m, bands), MicroKernel.MR) * MicroKernel.MR;
        List<Future<?>> futures = new ArrayList<>();
        for (int i0 = 0; i0 < m; i0 += bandRows) {
            int start = i0;
            int end = Math.min(m, i0 + bandRows);
            Runnable band = () -> band(a, b, transA, transB, c, start, end, k, n);
            if (end == m) {
                band.run(); // the caller works on the last band instead of idling
            } else {
                futures.add(pool.submit(band));
            }
        }
        for (Future<?> f : futures) {
            await(f);
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a GEMM band", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("GEMM band failed", e.getCause());
        }
    }

    private static void band(FloatMatrix a, FloatMatrix b, boolean transA, boolean transB, float[] c,
                             int m0, int m1, int k, int n) {
        int kBlocks = Math.ceilDiv(k, KC_MAX);
        int kcMax = Math.ceilDiv(k, kBlocks);
        float[] bPack = new float[kcMax * Math.min(NC, Math.ceilDiv(n, MicroKernel.NR) * MicroKernel.NR)];
        float[] aPack = new float[kcMax * Math.min(MC, Math.ceilDiv(m1 - m0, MicroKernel.MR) * MicroKernel.MR)];
        for (int j0 = 0; j0 < n; j0 += NC) {
            int nc = Math.min(NC, n - j0);
            for (int p0 = 0; p0 < k; p0 += kcMax) {
                int kc = Math.min(kcMax, k - p0);
                Packing.packB(b, transB, p0, kc, j0, nc, MicroKernel.NR, bPack);
                for (int i0 = m0; i0 < m1; i0 += MC) {
                    int mc = Math.min(MC, m1 - i0);
                    Packing.packA(a, transA, i0, mc, p0, kc, MicroKernel.MR, aPack);
                    macroKernel(aPack, bPack, c, i0, mc, j0, nc, kc, n, p0 > 0);
                }
            }
        }
    }

    private static void macroKernel(float[] aPack, float[] bPack, float[] c, int i0, int mc, int j0, int nc,
                                    int kc, int ldc, boolean accumulate) {
        for (int jr = 0; jr < nc; jr += MicroKernel.NR) {
            int cols = Math.min(MicroKernel.NR, nc - jr);
            int bOff = (jr / MicroKernel.NR) * kc * MicroKernel.NR;
            for (int ir = 0; ir < mc; ir += MicroKernel.MR) {
                int rows = Math.min(MicroKernel.MR, mc - ir);
                int aOff = (ir / MicroKernel.MR) * kc * MicroKernel.MR;
                MicroKernel.tile(kc, aPack, aOff, bPack, bOff, c, (i0 + ir) * ldc + j0 + jr, ldc, rows, cols,
                        accumulate);
            }
        }
    }
}
