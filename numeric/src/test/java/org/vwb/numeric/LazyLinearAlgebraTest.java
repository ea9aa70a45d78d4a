package org.vwb.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.junit.jupiter.api.Test;

/// The lazy handle answers exactly as the process-wide backend it stands for.
class LazyLinearAlgebraTest {

    @Test
    void everyCallGivesWhatTheSelectedBackendGives() throws NotPositiveDefiniteException {
        LinearAlgebra lazy = LinearAlgebra.lazy();
        LinearAlgebra real = LinearAlgebra.get();
        assertNotSame(real, lazy);
        assertEquals(real.describe(), lazy.describe());
        FloatMatrix a = Fixtures.random(7, 5, 1);
        FloatMatrix b = Fixtures.random(6, 5, 2);
        assertArrayEquals(real.gemm(a, b, false, true).data(), lazy.gemm(a, b, false, true).data());
        FloatMatrix c = real.covariance(a);
        assertArrayEquals(c.data(), lazy.covariance(a).data());
        FloatMatrix spd = real.gemm(a, a, true, false); // 5 × 5, positive definite for random rows
        assertArrayEquals(real.cholesky(spd).data(), lazy.cholesky(spd).data());
        assertArrayEquals(real.symmetricEigen(spd).values(), lazy.symmetricEigen(spd).values());
        assertArrayEquals(real.svd(a).s(), lazy.svd(a).s());
        float[] want = new float[7 * 6];
        float[] got = new float[7 * 6];
        try (SimilarityBlocks r = real.similarities(b, 7); SimilarityBlocks l = lazy.similarities(b, 7)) {
            r.compute(a, 0, 7, want);
            l.compute(a, 0, 7, got);
        }
        assertArrayEquals(want, got);
    }
}
