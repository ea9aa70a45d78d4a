package org.vwb.embedinit.internal.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vwb.common.JobContext;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

class BlockedSimilarityTest {
    private static final int QUERIES = 53;
    private static final int CANDIDATES = 41;

    /// Every row is visited once with the bits `gemm` gives for the same block of rows (what the strategy
    /// computed before the blocks kept their buffers), whether there is one block, two, or several
    /// alternating between the two arrays with a ragged last one.
    @ParameterizedTest
    @ValueSource(ints = {1, 7, 26, 27, 53, 1000})
    void everyRowIsVisitedWithTheGemmOfItsBlock(int blockRows) {
        LinearAlgebra la = LinearAlgebra.get();
        FloatMatrix q = random(QUERIES, 16, 1);
        FloatMatrix c = random(CANDIDATES, 16, 2);
        float[][] seen = new float[QUERIES][];
        BlockedSimilarity.run(la, q, c, (long) blockRows * CANDIDATES, JobContext.silent(),
                (row, sims, offset, length) -> seen[row] = Arrays.copyOfRange(sims, offset, offset + length));
        int block = Math.min(blockRows, QUERIES);
        for (int start = 0; start < QUERIES; start += block) {
            int rows = Math.min(block, QUERIES - start);
            FloatMatrix part = new FloatMatrix(rows, 16, Arrays.copyOfRange(q.data(), start * 16, (start + rows) * 16));
            float[] expected = la.gemm(part, c, false, true).data();
            for (int r = 0; r < rows; r++) {
                assertArrayEquals(Arrays.copyOfRange(expected, r * CANDIDATES, (r + 1) * CANDIDATES), seen[start + r],
                        "row " + (start + r));
            }
        }
    }

    private static FloatMatrix random(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] d = new float[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) r.nextGaussian();
        }
        return new FloatMatrix(rows, cols, d);
    }
}
