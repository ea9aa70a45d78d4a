package org.vwb.embedinit.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.vwb.common.Cancellation;
import org.vwb.embedinit.eval.internal.Scoring;
import org.vwb.numeric.FloatMatrix;

class ScoringTest {

    @Test
    void ranksCountTiesAgainstTheMethodOnAPlantedCase() {
        FloatMatrix truth = new FloatMatrix(3, 3, new float[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        // r0 = t0 (rank 1); r1 = t0: cos 0 to its own t1, beaten by t0 (1) and tied with t2 (0) → rank 3;
        // r2 = 0.8 t0 + 0.6 t2: own cos 0.6, beaten by t0 (0.8) → rank 2
        FloatMatrix rec = new FloatMatrix(3, 3, new float[] {2, 0, 0, 1, 0, 0, 0.8f, 0, 0.6f});
        Scoring.Metrics m = Scoring.score(rec, truth, new Cancellation());
        assertArrayEquals(new int[] {1, 3, 2}, m.ranks());
        assertEquals((1 + 1 / 3.0 + 1 / 2.0) / 3, m.mrr(), 1e-12);
        assertEquals(1 / 3.0, m.precisionAt1(), 1e-12);
        assertEquals(1.0, m.precisionAt10(), 1e-12);
        assertEquals((1 + 0 + 0.6) / 3, m.meanCosine(), 1e-6);
    }

    @Test
    void aZeroRowHasCosineZeroAndRanksLast() {
        FloatMatrix truth = new FloatMatrix(2, 2, new float[] {1, 0, 0, 1});
        FloatMatrix rec = new FloatMatrix(2, 2, new float[] {0, 0, Float.NaN, 1});
        Scoring.Metrics m = Scoring.score(rec, truth, new Cancellation());
        assertArrayEquals(new int[] {2, 2}, m.ranks());
        assertEquals(0.0, m.meanCosine(), 0.0);
    }
}
