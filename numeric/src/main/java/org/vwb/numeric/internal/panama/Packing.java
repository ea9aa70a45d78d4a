package org.vwb.numeric.internal.panama;

import org.vwb.numeric.FloatMatrix;

/// Copies blocks of `op(A)` and `op(B)` into the contiguous, zero-padded panels the micro-kernel
/// streams through (Goto & van de Geijn, "Anatomy of high-performance matrix multiplication", 2008).
/// Padding the edges with zeros lets the kernel always run full-width; the edge tiles are clipped when
/// stored.
final class Packing {
    private Packing() {}

    /// Packs rows `[i0, i0 + mc)` × columns `[p0, p0 + kc)` of `op(A)` as panels of `mr` rows:
    /// panel `r` holds, for each `p`, the `mr` values `op(A)[i0 + r·mr + 0 .. mr)[p0 + p]`.
    static void packA(FloatMatrix a, boolean trans, int i0, int mc, int p0, int kc, int mr, float[] dst) {
        float[] src = a.data();
        int lda = a.cols();
        int pos = 0;
        for (int ir = 0; ir < mc; ir += mr) {
            int rows = Math.min(mr, mc - ir);
            for (int p = 0; p < kc; p++) {
                for (int r = 0; r < mr; r++) {
                    int i = i0 + ir + r;
                    int col = p0 + p;
                    dst[pos++] = r >= rows ? 0f : trans ? src[col * lda + i] : src[i * lda + col];
                }
            }
        }
    }

    /// Packs rows `[p0, p0 + kc)` × columns `[j0, j0 + nc)` of `op(B)` as panels of `nr` columns:
    /// panel `c` holds, for each `p`, the `nr` values `op(B)[p0 + p][j0 + c·nr + 0 .. nr)`.
    static void packB(FloatMatrix b, boolean trans, int p0, int kc, int j0, int nc, int nr, float[] dst) {
        float[] src = b.data();
        int ldb = b.cols();
        int pos = 0;
        for (int jr = 0; jr < nc; jr += nr) {
            int cols = Math.min(nr, nc - jr);
            if (!trans && cols == nr) {
                for (int p = 0; p < kc; p++) { // contiguous row segments: the common case, copied in bulk
                    System.arraycopy(src, (p0 + p) * ldb + j0 + jr, dst, pos, nr);
                    pos += nr;
                }
                continue;
            }
            for (int p = 0; p < kc; p++) {
                for (int c = 0; c < nr; c++) {
                    int j = j0 + jr + c;
                    int row = p0 + p;
                    dst[pos++] = c >= cols ? 0f : trans ? src[j * ldb + row] : src[row * ldb + j];
                }
            }
        }
    }
}
