package org.vwb.numeric.internal.nd4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vwb.numeric.FloatMatrix;

class Nd4jSimilarityBlocksTest {

    @Test
    void closeGivesTheNativeBuffersBack() {
        Nd4jLinearAlgebra.create();
        Nd4jSimilarityBlocks blocks = new Nd4jSimilarityBlocks(FloatMatrix.identity(8), 3);
        blocks.compute(FloatMatrix.identity(8), 2, 3, new float[24]);
        assertFalse(blocks.buffersClosed());
        blocks.close();
        assertTrue(blocks.buffersClosed());
        assertTrue(blocks.isClosed());
    }
}
