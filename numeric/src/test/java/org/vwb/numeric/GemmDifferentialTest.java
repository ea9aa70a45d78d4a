package org.vwb.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.vwb.numeric.LinearAlgebra.Backend;

/// Each fast GEMM against the scalar spec over sizes that hit every tail path of the 6 × 32 tile
/// (Lucene's differential-test habit), in all four transpose combinations.
class GemmDifferentialTest {
    private static final int[] SIZES = {1, 2, 7, 8, 9, 15, 16, 17, 31, 33, 255, 257};

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Backend backend : List.of(Backend.PANAMA, Backend.ND4J)) {
            for (int size : SIZES) {
                for (int t = 0; t < 4; t++) {
                    out.add(Arguments.of(backend, size, (t & 1) != 0, (t & 2) != 0));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} size {1} transA={2} transB={3}")
    @MethodSource("cases")
    void gemmMatchesScalarReference(Backend backend, int size, boolean transA, boolean transB) {
        // m, k, n all differ so that a swapped index cannot pass
        int m = size;
        int k = size % 5 + size / 2 + 1;
        int n = 2 * size + 1;
        FloatMatrix a = transA ? Fixtures.random(k, m, size) : Fixtures.random(m, k, size);
        FloatMatrix b = transB ? Fixtures.random(n, k, 1000L + size) : Fixtures.random(k, n, 1000L + size);

        FloatMatrix expected = Fixtures.SCALAR.gemm(a, b, transA, transB);
        FloatMatrix actual = Fixtures.backend(backend).gemm(a, b, transA, transB);

        assertEquals(m, actual.rows());
        assertEquals(n, actual.cols());
        double tolerance = 1e-5 * k; // float rounding grows with the length of each dot product
        double diff = expected.maxAbsDiff(actual);
        assertTrue(diff <= tolerance, () -> backend + ": max |diff| " + diff + " > " + tolerance);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void gemmRejectsMismatchedInnerDimensions(Backend backend) {
        FloatMatrix a = Fixtures.random(3, 4, 1);
        FloatMatrix b = Fixtures.random(5, 6, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fixtures.backend(backend).gemm(a, b, false, false));
        assertTrue(e.getMessage().contains("3 × 4") && e.getMessage().contains("5 × 6"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void similarityOfRowsIsDotProductOfRows(Backend backend) {
        FloatMatrix a = new FloatMatrix(2, 3, new float[] {1, 2, 3, 4, 5, 6});
        FloatMatrix b = new FloatMatrix(2, 3, new float[] {1, 0, 0, 0, 1, 1});
        FloatMatrix c = Fixtures.backend(backend).gemm(a, b, false, true);
        assertEquals(new FloatMatrix(2, 2, new float[] {1, 5, 4, 11}), c);
    }
}
