package org.vwb.embedinit.report.internal;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.vwb.embedinit.report.Projection;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.SymmetricEigen;

/// The first two principal axes of a seeded sample of old rows by randomized subspace iteration: a block
/// of `K` vectors is multiplied by `XᵀX` (two GEMMs of `S × d` by `d × K`) and re-orthonormalised, then a
/// Rayleigh–Ritz step on the block picks the top two. Only GEMMs on the sample, never a `d × d` matrix,
/// so a 4,096-wide model costs no more than a narrow one per sampled row.
public final class Pca {
    private static final int BLOCK = 8;
    private static final int ITERATIONS = 20;

    private Pca() {}

    /// Projects a sample of `old` (at most `sample` rows, chosen with `seed`) and every row of `queries`.
    public static Projection project(LinearAlgebra la, FloatMatrix old, FloatMatrix queries, int sample, long seed) {
        int[] ids = sampleIds(old.rows(), sample, seed);
        int d = old.cols();
        int s = ids.length;
        float[] x = new float[s * d];
        for (int k = 0; k < s; k++) {
            System.arraycopy(old.data(), ids[k] * d, x, k * d, d);
        }
        double[] mean = Geometry.mean(new FloatMatrix(s, d, x));
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (x[i] - mean[i % d]);
        }
        FloatMatrix xm = new FloatMatrix(s, d, x);
        int block = Math.min(BLOCK, Math.min(d, s));
        double[][] axes = topAxes(la, xm, block, seed);
        double total = 0;
        for (float v : x) {
            total += (double) v * v;
        }
        double[][] oldXy = projectRows(xm, axes, null);
        double[][] newXy = projectRows(queries, axes, mean);
        double[] explained = new double[2];
        for (int c = 0; c < 2; c++) {
            double ss = 0;
            for (double v : oldXy[c]) {
                ss += v * v;
            }
            explained[c] = total > 0 ? ss / total : 0;
        }
        return new Projection(ids, oldXy[0], oldXy[1], newXy[0], newXy[1], explained);
    }

    /// `min(n, sample)` distinct ids in ascending order (a partial Fisher–Yates shuffle).
    static int[] sampleIds(int n, int sample, long seed) {
        if (sample >= n) {
            return IntStream.range(0, n).toArray();
        }
        int[] all = IntStream.range(0, n).toArray();
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < sample; i++) {
            int j = i + r.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = java.util.Arrays.copyOf(all, sample);
        java.util.Arrays.sort(out);
        return out;
    }

    /// Two unit axes (length d each), signs fixed so the largest-magnitude entry is positive.
    private static double[][] topAxes(LinearAlgebra la, FloatMatrix x, int k, long seed) {
        int d = x.cols();
        SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        float[] q = new float[d * k];
        for (int i = 0; i < q.length; i++) {
            q[i] = (float) r.nextGaussian();
        }
        FloatMatrix qm = orthonormalColumns(new FloatMatrix(d, k, q));
        for (int it = 0; it < ITERATIONS; it++) {
            FloatMatrix y = la.gemm(x, qm, false, false);          // S × k
            qm = orthonormalColumns(la.gemm(x, y, true, false));   // d × k
        }
        FloatMatrix y = la.gemm(x, qm, false, false);
        SymmetricEigen eig = la.symmetricEigen(la.gemm(y, y, true, false)); // k × k, ascending
        double[][] axes = new double[2][d];
        for (int c = 0; c < Math.min(2, k); c++) {
            int col = k - 1 - c;
            for (int j = 0; j < d; j++) {
                double v = 0;
                for (int m = 0; m < k; m++) {
                    v += (double) qm.data()[j * k + m] * eig.vectors().data()[m * k + col];
                }
                axes[c][j] = v;
            }
            normaliseSign(axes[c]);
        }
        return axes;
    }

    private static void normaliseSign(double[] a) {
        double norm = 0;
        int arg = 0;
        for (int j = 0; j < a.length; j++) {
            norm += a[j] * a[j];
            if (Math.abs(a[j]) > Math.abs(a[arg])) {
                arg = j;
            }
        }
        double scale = (a[arg] < 0 ? -1 : 1) / Math.max(Math.sqrt(norm), Double.MIN_NORMAL);
        for (int j = 0; j < a.length; j++) {
            a[j] *= scale;
        }
    }

    /// Modified Gram–Schmidt on the columns, in `double`; a column that vanishes is left zero.
    private static FloatMatrix orthonormalColumns(FloatMatrix m) {
        int d = m.rows();
        int k = m.cols();
        double[][] cols = new double[k][d];
        for (int j = 0; j < d; j++) {
            for (int c = 0; c < k; c++) {
                cols[c][j] = m.data()[j * k + c];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int p = 0; p < c; p++) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += cols[c][j] * cols[p][j];
                }
                for (int j = 0; j < d; j++) {
                    cols[c][j] -= dot * cols[p][j];
                }
            }
            double norm = 0;
            for (double v : cols[c]) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < d; j++) {
                cols[c][j] = norm > 1e-30 ? cols[c][j] / norm : 0;
            }
        }
        float[] out = new float[d * k];
        for (int j = 0; j < d; j++) {
            for (int c = 0; c < k; c++) {
                out[j * k + c] = (float) cols[c][j];
            }
        }
        return new FloatMatrix(d, k, out);
    }

    /// Coordinates `(row − mean) · axis` per axis; `mean == null` for rows already centred.
    private static double[][] projectRows(FloatMatrix rows, double[][] axes, double[] mean) {
        int d = rows.cols();
        double[][] out = new double[2][rows.rows()];
        for (int i = 0; i < rows.rows(); i++) {
            for (int c = 0; c < 2; c++) {
                double v = 0;
                for (int j = 0; j < d; j++) {
                    double x = rows.data()[i * d + j] - (mean == null ? 0 : mean[j]);
                    v += x * axes[c][j];
                }
                out[c][i] = v;
            }
        }
        return out;
    }
}
