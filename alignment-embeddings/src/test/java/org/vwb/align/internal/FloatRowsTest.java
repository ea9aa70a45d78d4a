package org.vwb.align.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FloatRowsTest {

    @Test
    void offHeapRowsBehaveLikeHeapRows() {
        FloatRows heap = FloatRows.allocate(3, 4);
        FloatRows off = FloatRows.allocateOffHeap(3, 4);
        for (FloatRows r : new FloatRows[] {heap, off}) {
            r.setRow(1, new float[] {1, -2, 3.5f, 4});
            r.setRow(2, new float[] {0.25f, 0, 0, 1e-30f});
            float[] acc = {1, 1, 1, 1};
            r.addRowTo(1, acc);
            assertArrayEquals(new float[] {2, -1, 4.5f, 5}, acc);
            float[] row = new float[4];
            r.firstRows(3).copyRow(2, row);
            assertArrayEquals(new float[] {0.25f, 0, 0, 1e-30f}, row);
            assertEquals(48, r.storageBytes());
        }
    }
}
