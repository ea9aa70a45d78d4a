package org.vwb.numeric.internal.panama;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.vwb.numeric.FloatMatrix;

class PanamaGemmTest {

    @Test
    void resultIsBitIdenticalForAnyThreadCount() {
        // 1,000 rows span several MC blocks; k = 500 spans two KC blocks, so C is accumulated
        FloatMatrix a = random(1000, 500, 1);
        FloatMatrix b = random(97, 500, 2);
        float[] one = new PanamaGemm(1).multiply(a, b, false, true).data();
        float[] two = new PanamaGemm(2).multiply(a, b, false, true).data();
        float[] three = new PanamaGemm(3).multiply(a, b, false, true).data();
        assertArrayEquals(one, two);
        assertArrayEquals(one, three);
    }

    private static FloatMatrix random(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] d = new float[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) r.nextDouble(-1, 1);
        }
        return new FloatMatrix(rows, cols, d);
    }
}
