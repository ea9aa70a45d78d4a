package org.vwb.numeric.internal.panama;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/// The 6 × (2 · lanes) register tile: `C[tile] (+)= Apanel · Bpanel` over `kc` steps.
///
/// Twelve accumulators plus two B vectors and one broadcast fit the 16 (AVX2) or 32 (AVX-512) vector
/// registers; six independent FMA chains per B vector hide the FMA latency (4 cycles × 2 ports = 8 in
/// flight needed, 12 provided). Named locals rather than an array so that C2 keeps them in registers.
final class MicroKernel {
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    static final int MR = 6;
    static final int NR = 2 * LANES;

    private MicroKernel() {}

    /// Runs one tile. `rows` ≤ [#MR] and `cols` ≤ [#NR] clip the store at the matrix edge; `accumulate`
    /// adds to C instead of overwriting it (every K block after the first).
    static void tile(int kc, float[] ap, int aOff, float[] bp, int bOff, float[] c, int cOff, int ldc,
                     int rows, int cols, boolean accumulate) {
        FloatVector c00 = FloatVector.zero(SPECIES), c01 = FloatVector.zero(SPECIES);
        FloatVector c10 = FloatVector.zero(SPECIES), c11 = FloatVector.zero(SPECIES);
        FloatVector c20 = FloatVector.zero(SPECIES), c21 = FloatVector.zero(SPECIES);
        FloatVector c30 = FloatVector.zero(SPECIES), c31 = FloatVector.zero(SPECIES);
        FloatVector c40 = FloatVector.zero(SPECIES), c41 = FloatVector.zero(SPECIES);
        FloatVector c50 = FloatVector.zero(SPECIES), c51 = FloatVector.zero(SPECIES);
        int a = aOff;
        int b = bOff;
        for (int p = 0; p < kc; p++, a += MR, b += NR) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, bp, b);
            FloatVector b1 = FloatVector.fromArray(SPECIES, bp, b + LANES);
            FloatVector x = FloatVector.broadcast(SPECIES, ap[a]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(SPECIES, ap[a + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(SPECIES, ap[a + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(SPECIES, ap[a + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(SPECIES, ap[a + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(SPECIES, ap[a + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
        }
        if (cols == NR) {
            store(c00, c01, c, cOff, accumulate);
            if (rows > 1) store(c10, c11, c, cOff + ldc, accumulate);
            if (rows > 2) store(c20, c21, c, cOff + 2 * ldc, accumulate);
            if (rows > 3) store(c30, c31, c, cOff + 3 * ldc, accumulate);
            if (rows > 4) store(c40, c41, c, cOff + 4 * ldc, accumulate);
            if (rows > 5) store(c50, c51, c, cOff + 5 * ldc, accumulate);
        } else {
            VectorMask<Float> m0 = SPECIES.indexInRange(0, cols);
            VectorMask<Float> m1 = SPECIES.indexInRange(LANES, cols);
            storeMasked(c00, c01, c, cOff, accumulate, m0, m1);
            if (rows > 1) storeMasked(c10, c11, c, cOff + ldc, accumulate, m0, m1);
            if (rows > 2) storeMasked(c20, c21, c, cOff + 2 * ldc, accumulate, m0, m1);
            if (rows > 3) storeMasked(c30, c31, c, cOff + 3 * ldc, accumulate, m0, m1);
            if (rows > 4) storeMasked(c40, c41, c, cOff + 4 * ldc, accumulate, m0, m1);
            if (rows > 5) storeMasked(c50, c51, c, cOff + 5 * ldc, accumulate, m0, m1);
        }
    }

    private static void store(FloatVector v0, FloatVector v1, float[] c, int off, boolean accumulate) {
        if (accumulate) {
            v0 = v0.add(FloatVector.fromArray(SPECIES, c, off));
            v1 = v1.add(FloatVector.fromArray(SPECIES, c, off + LANES));
        }
        v0.intoArray(c, off);
        v1.intoArray(c, off + LANES);
    }

    private static void storeMasked(FloatVector v0, FloatVector v1, float[] c, int off, boolean accumulate,
                                    VectorMask<Float> m0, VectorMask<Float> m1) {
        // the masks are relative to each vector's own start: lanes at or past the matrix edge are skipped
        if (accumulate) {
            v0 = v0.add(FloatVector.fromArray(SPECIES, c, off, m0));
            v1 = v1.add(FloatVector.fromArray(SPECIES, c, off + LANES, m1));
        }
        v0.intoArray(c, off, m0);
        v1.intoArray(c, off + LANES, m1);
    }
}
