package org.vwb.embedinit.diagnostics.internal;

import java.util.stream.IntStream;
import org.vwb.embedinit.diagnostics.InsideCertificate;
import org.vwb.numeric.FloatMatrix;

/// The `double` re-verification of many convex-weight vectors at once. One certificate at a time, a
/// dense one (a near-centroid row decided after a solver step has a weight on every base row) streams
/// the whole base from memory — 512 MB at 32,000 × 4,096 — so 200 of them read 100 GB. Here the base is
/// walked once per thread in blocks that stay in cache while every certificate of the batch takes its
/// share, in the same summation order (ascending ids) as [Reconstruction#residual], so the residuals are
/// bit-identical to the one-at-a-time loop.
final class BatchReconstruction {
    /// Base rows per block: about 256 KiB of floats, so a block stays in L2 while the batch passes over it.
    private static final int BLOCK_BYTES = 1 << 18;

    private BatchReconstruction() {}

    /// One certificate per `lambdas[k]` (query row at `offsets[k]` of `queries`), residuals in `double`.
    static InsideCertificate[] of(FloatMatrix base, float[][] lambdas, float[] queries, int[] offsets,
                                  double[] baseMean) {
        int b = lambdas.length;
        InsideCertificate[] out = new InsideCertificate[b];
        int[][] ids = new int[b][];
        double[][] w = new double[b][];
        int dense = 0;
        for (int k = 0; k < b; k++) {
            if (Reconstruction.uniform(lambdas[k])) {
                out[k] = Reconstruction.of(base, lambdas[k], queries, offsets[k], baseMean);
            } else {
                ids[k] = Reconstruction.support(lambdas[k]);
                w[k] = Reconstruction.normalised(lambdas[k], ids[k]);
                dense++;
            }
        }
        if (dense == 0) {
            return out;
        }
        double[][] x = reconstruct(base, ids, w);
        for (int k = 0; k < b; k++) {
            if (out[k] == null) {
                out[k] = new InsideCertificate(ids[k], w[k], Reconstruction.distance(x[k], queries, offsets[k]));
            }
        }
        return out;
    }

    /// `x[k] = Σ_t w[k][t] · base[ids[k][t]]` for every `k` with `ids[k] != null`; threads split the `k`s.
    private static double[][] reconstruct(FloatMatrix base, int[][] ids, double[][] w) {
        int d = base.cols();
        int n = base.rows();
        int block = Math.max(1, BLOCK_BYTES / (4 * d));
        double[][] x = new double[ids.length][];
        int threads = Math.max(1, Math.min(ids.length, Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, threads).parallel().forEach(t -> {
            int[] cursor = new int[ids.length];
            for (int from = 0; from < n; from += block) {
                int to = Math.min(n, from + block);
                for (int k = t; k < ids.length; k += threads) {
                    if (ids[k] == null) {
                        continue;
                    }
                    if (x[k] == null) {
                        x[k] = new double[d];
                    }
                    cursor[k] = accumulate(base.data(), d, ids[k], w[k], cursor[k], to, x[k]);
                }
            }
        });
        return x;
    }

    /// Adds the terms of ids below `to`, from `cursor` on; returns the new cursor.
    private static int accumulate(float[] e, int d, int[] ids, double[] w, int cursor, int to, double[] x) {
        int c = cursor;
        while (c < ids.length && ids[c] < to) {
            double wi = w[c];
            int o = ids[c] * d;
            for (int j = 0; j < d; j++) {
                x[j] += wi * e[o + j];
            }
            c++;
        }
        return c;
    }
}
