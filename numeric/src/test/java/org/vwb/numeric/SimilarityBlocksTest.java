package org.vwb.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.vwb.numeric.LinearAlgebra.Backend;

/// Row blocks of `A · Bᵀ` from [LinearAlgebra#similarities] against `gemm(block, b, false, true)` of the
/// same backend, bit for bit, for block sizes that divide the rows, that leave a ragged last block, of one
/// row, and of all rows at once; the Java backends also match the whole product (OpenBLAS may take another
/// path for a product of few rows, so for `nd4j` only the same rows through `gemm` are the reference).
class SimilarityBlocksTest {
    private static final int QUERIES = 203;
    private static final int CANDIDATES = 157;
    private static final int DIM = 37;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Backend backend : Backend.values()) {
            for (int block : new int[] {1, 7, 29, 64, 100, QUERIES}) {
                out.add(Arguments.of(backend, block));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} blocks of {1}")
    @MethodSource("cases")
    void blocksEqualGemmOfTheSameRowsBitForBit(Backend backend, int block) {
        LinearAlgebra la = Fixtures.backend(backend);
        FloatMatrix a = Fixtures.random(QUERIES, DIM, 11);
        FloatMatrix b = Fixtures.random(CANDIDATES, DIM, 12);
        float[] whole = la.gemm(a, b, false, true).data();
        // two alternating arrays, filled with garbage first: a block must overwrite every slot it owns
        float[][] out = {new float[block * CANDIDATES], new float[block * CANDIDATES]};
        Arrays.fill(out[0], Float.NaN);
        Arrays.fill(out[1], Float.NaN);
        try (SimilarityBlocks blocks = la.similarities(b, block)) {
            assertEquals(CANDIDATES, blocks.candidates());
            assertEquals(DIM, blocks.dim());
            for (int first = 0, i = 0; first < QUERIES; first += block, i++) {
                int rows = Math.min(block, QUERIES - first);
                float[] buffer = out[i % 2];
                blocks.compute(a, first, rows, buffer);
                float[] got = Arrays.copyOf(buffer, rows * CANDIDATES);
                FloatMatrix part = new FloatMatrix(rows, DIM,
                        Arrays.copyOfRange(a.data(), first * DIM, (first + rows) * DIM));
                assertArrayEquals(la.gemm(part, b, false, true).data(), got, backend + " rows from " + first);
                if (backend != Backend.ND4J) {
                    assertArrayEquals(Arrays.copyOfRange(whole, first * CANDIDATES, (first + rows) * CANDIDATES),
                            got, backend + " rows from " + first + " in the whole product");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void laterChangesToTheCandidatesDoNotShow(Backend backend) {
        LinearAlgebra la = Fixtures.backend(backend);
        FloatMatrix a = Fixtures.random(5, DIM, 21);
        FloatMatrix b = Fixtures.random(9, DIM, 22);
        float[] expected = la.gemm(a, b, false, true).data();
        float[] out = new float[5 * 9];
        try (SimilarityBlocks blocks = la.similarities(b, 5)) {
            Arrays.fill(b.data(), 0f);
            blocks.compute(a, 0, 5, out);
        }
        assertArrayEquals(expected, out);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void computeAfterCloseFailsAndCloseIsIdempotent(Backend backend) {
        LinearAlgebra la = Fixtures.backend(backend);
        FloatMatrix a = Fixtures.random(4, DIM, 31);
        SimilarityBlocks blocks = la.similarities(Fixtures.random(6, DIM, 32), 4);
        blocks.close();
        blocks.close();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> blocks.compute(a, 0, 4, new float[24]));
        assertTrue(e.getMessage().contains("closed") && e.getMessage().contains("6 × " + DIM), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void computeRejectsBadBlocks(Backend backend) {
        LinearAlgebra la = Fixtures.backend(backend);
        FloatMatrix a = Fixtures.random(10, DIM, 41);
        try (SimilarityBlocks blocks = la.similarities(Fixtures.random(6, DIM, 42), 4)) {
            float[] out = new float[4 * 6];
            assertThrows(IllegalArgumentException.class, () -> blocks.compute(a, 0, 5, new float[30]));
            assertThrows(IllegalArgumentException.class, () -> blocks.compute(a, 8, 3, out));
            assertThrows(IllegalArgumentException.class, () -> blocks.compute(a, -1, 2, out));
            assertThrows(IllegalArgumentException.class, () -> blocks.compute(a, 0, 0, out));
            assertThrows(IllegalArgumentException.class, () -> blocks.compute(a, 0, 4, new float[23]));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> blocks.compute(Fixtures.random(4, DIM + 1, 43), 0, 4, out));
            assertTrue(e.getMessage().contains("6 × " + DIM), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> la.similarities(Fixtures.random(6, DIM, 44), 0));
    }
}
