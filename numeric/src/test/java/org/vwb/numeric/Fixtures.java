package org.vwb.numeric;

import java.util.SplittableRandom;

import org.vwb.numeric.LinearAlgebra.Backend;

/// Shared test inputs and backend instances (ND4J is initialised once per JVM: it takes seconds).
final class Fixtures {
    static final LinearAlgebra SCALAR = LinearAlgebra.of(Backend.SCALAR);
    private static LinearAlgebra nd4j;
    private static LinearAlgebra panama;

    private Fixtures() {}

    static synchronized LinearAlgebra backend(Backend b) {
        return switch (b) {
            case SCALAR -> SCALAR;
            case ND4J -> nd4j == null ? (nd4j = LinearAlgebra.of(Backend.ND4J)) : nd4j;
            case PANAMA -> panama == null ? (panama = LinearAlgebra.of(Backend.PANAMA)) : panama;
        };
    }

    /// Uniform entries in [-1, 1), deterministic in `seed`.
    static FloatMatrix random(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] d = new float[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) (2 * r.nextDouble() - 1);
        }
        return new FloatMatrix(rows, cols, d);
    }

    /// A well-conditioned symmetric positive definite matrix: XᵀX / n + I.
    static FloatMatrix spd(int n, long seed) {
        FloatMatrix x = random(n + 3, n, seed);
        FloatMatrix g = SCALAR.gemm(x, x, true, false);
        float[] d = g.data();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i * n + j] /= n + 3;
            }
            d[i * n + i] += 1f;
        }
        return g;
    }

    /// The largest |x| in `m`.
    static double maxAbs(FloatMatrix m) {
        double max = 0;
        for (float v : m.data()) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
