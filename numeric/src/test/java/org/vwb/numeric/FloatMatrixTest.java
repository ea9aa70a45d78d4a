package org.vwb.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FloatMatrixTest {

    @Test
    void constructorRejectsArrayOfWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FloatMatrix(2, 3, new float[5]));
        assertEquals("matrix 2 × 3 needs 6 elements, the array has 5", e.getMessage());
    }

    @Test
    void constructorRejectsEmptyShape() {
        assertThrows(IllegalArgumentException.class, () -> new FloatMatrix(0, 3, new float[0]));
    }

    @Test
    void constructorRejectsShapeLargerThanAnArray() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FloatMatrix(65536, 65536, new float[1]));
        assertTrue(e.getMessage().contains("more than a Java array holds"), e.getMessage());
    }

    @Test
    void transposeSwapsIndices() {
        FloatMatrix m = new FloatMatrix(2, 3, new float[] {1, 2, 3, 4, 5, 6});
        FloatMatrix t = m.transpose();
        assertEquals(new FloatMatrix(3, 2, new float[] {1, 4, 2, 5, 3, 6}), t);
        assertEquals(6f, t.get(2, 1));
    }

    @Test
    void maxAbsDiffPropagatesNaN() {
        FloatMatrix a = new FloatMatrix(1, 2, new float[] {0, Float.NaN});
        assertTrue(Double.isNaN(a.maxAbsDiff(new FloatMatrix(1, 2, new float[2]))));
    }
}
