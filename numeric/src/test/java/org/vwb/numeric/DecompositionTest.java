package org.vwb.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/// Invariants of SVD, Cholesky and the symmetric eigen-decomposition, for every backend, plus agreement
/// of the spectra with the scalar reference.
class DecompositionTest {

    static Stream<Arguments> shapes() {
        List<Arguments> out = new ArrayList<>();
        int[][] shapes = {{1, 1}, {7, 3}, {3, 7}, {33, 17}, {17, 33}, {64, 64}, {257, 31}};
        for (Backend backend : Backend.values()) {
            for (int[] s : shapes) {
                out.add(Arguments.of(backend, s[0], s[1]));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> squares() {
        List<Arguments> out = new ArrayList<>();
        for (Backend backend : Backend.values()) {
            for (int n : new int[] {1, 2, 7, 16, 33, 100}) {
                out.add(Arguments.of(backend, n));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}×{2}")
    @MethodSource("shapes")
    void svdReconstructsInputWithOrthonormalFactors(Backend backend, int m, int n) {
        LinearAlgebra la = Fixtures.backend(backend);
        FloatMatrix a = Fixtures.random(m, n, 31L * m + n);
        Svd svd = la.svd(a);
        int k = Math.min(m, n);
        assertEquals(m, svd.u().rows());
        assertEquals(k, svd.u().cols());
        assertEquals(k, svd.s().length);
        assertEquals(k, svd.vt().rows());
        assertEquals(n, svd.vt().cols());

        FloatMatrix us = scaleColumns(svd.u(), svd.s());
        FloatMatrix back = Fixtures.SCALAR.gemm(us, svd.vt(), false, false);
        assertTrue(a.maxAbsDiff(back) < 1e-4 * Math.max(m, n), () -> "U·S·Vᵀ differs by " + a.maxAbsDiff(back));
        assertOrthonormal(Fixtures.SCALAR.gemm(svd.u(), svd.u(), true, false), "UᵀU");
        assertOrthonormal(Fixtures.SCALAR.gemm(svd.vt(), svd.vt(), false, true), "VᵀV");
        for (int i = 1; i < k; i++) {
            assertTrue(svd.s()[i - 1] >= svd.s()[i], "singular values descend");
        }
        assertArrayEquals(Fixtures.SCALAR.svd(a).s(), svd.s(), 1e-4f * Math.max(m, n));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("squares")
    void choleskyFactorTimesTransposeIsInput(Backend backend, int n) throws NotPositiveDefiniteException {
        FloatMatrix a = Fixtures.spd(n, n);
        FloatMatrix l = Fixtures.backend(backend).cholesky(a);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                assertEquals(0f, l.get(i, j), "upper triangle must be zero");
            }
        }
        FloatMatrix llt = Fixtures.SCALAR.gemm(l, l, false, true);
        assertTrue(a.maxAbsDiff(llt) < 1e-5 * n * Fixtures.maxAbs(a), () -> "L·Lᵀ differs by " + a.maxAbsDiff(llt));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void choleskyRejectsIndefiniteMatrixNamingThePivot(Backend backend) {
        // eigenvalues 3 and -1: positive diagonal, symmetric, but not positive definite
        FloatMatrix a = new FloatMatrix(2, 2, new float[] {1, 2, 2, 1});
        NotPositiveDefiniteException e = assertThrows(NotPositiveDefiniteException.class,
                () -> Fixtures.backend(backend).cholesky(a));
        assertTrue(e.getMessage().contains("2 × 2 matrix is not positive definite")
                && e.getMessage().contains("order 2"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void choleskyRejectsAsymmetricMatrix(Backend backend) {
        FloatMatrix a = new FloatMatrix(2, 2, new float[] {4, 1, 0, 4});
        NotPositiveDefiniteException e = assertThrows(NotPositiveDefiniteException.class,
                () -> Fixtures.backend(backend).cholesky(a));
        assertTrue(e.getMessage().contains("not symmetric: (1, 0) is 0.0 but (0, 1) is 1.0"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void choleskyRejectsNonSquareMatrix(Backend backend) {
        FloatMatrix a = Fixtures.random(2, 3, 5);
        assertThrows(IllegalArgumentException.class, () -> Fixtures.backend(backend).cholesky(a));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("squares")
    void eigenvectorsSatisfyAvEqualsLambdaV(Backend backend, int n) {
        FloatMatrix sym = symmetric(n, 7L * n);
        SymmetricEigen eig = Fixtures.backend(backend).symmetricEigen(sym);
        FloatMatrix av = Fixtures.SCALAR.gemm(sym, eig.vectors(), false, false);
        FloatMatrix vl = scaleColumns(eig.vectors(), eig.values());
        assertTrue(av.maxAbsDiff(vl) < 1e-5 * n, () -> "A·V − V·Λ = " + av.maxAbsDiff(vl));
        assertOrthonormal(Fixtures.SCALAR.gemm(eig.vectors(), eig.vectors(), true, false), "VᵀV");
        for (int i = 1; i < n; i++) {
            assertTrue(eig.values()[i - 1] <= eig.values()[i], "eigenvalues ascend");
        }
        assertArrayEquals(Fixtures.SCALAR.symmetricEigen(sym).values(), eig.values(), 1e-5f * n);
    }

    @org.junit.jupiter.api.Test
    void nativeEigenHandlesWorkspaceLargerThanFloatCanCount() {
        // ssyevd needs 1 + 6n + 2n² floats of workspace; above 2²⁴ a float-typed workspace query rounds it
        // down and LAPACK rejects the call (info -9), so n = 2,900 (16,837,401) is the smallest useful case
        int n = 2900;
        FloatMatrix sym = symmetric(n, 5);
        LinearAlgebra la = Fixtures.backend(Backend.ND4J);
        SymmetricEigen eig = la.symmetricEigen(sym);
        FloatMatrix av = la.gemm(sym, eig.vectors(), false, false);
        FloatMatrix vl = scaleColumns(eig.vectors(), eig.values());
        assertTrue(av.maxAbsDiff(vl) < 1e-3, () -> "A·V − V·Λ = " + av.maxAbsDiff(vl));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void covarianceMatchesDefinition(Backend backend) {
        FloatMatrix x = Fixtures.random(50, 9, 11);
        FloatMatrix cov = Fixtures.backend(backend).covariance(x);
        for (int p = 0; p < 9; p++) {
            for (int q = 0; q < 9; q++) {
                double mp = 0;
                double mq = 0;
                for (int i = 0; i < 50; i++) {
                    mp += x.get(i, p) / 50.0;
                    mq += x.get(i, q) / 50.0;
                }
                double s = 0;
                for (int i = 0; i < 50; i++) {
                    s += (x.get(i, p) - mp) * (x.get(i, q) - mq);
                }
                assertEquals(s / 49, cov.get(p, q), 1e-5);
            }
        }
    }

    private static FloatMatrix symmetric(int n, long seed) {
        FloatMatrix r = Fixtures.random(n, n, seed);
        float[] d = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i * n + j] = (r.get(i, j) + r.get(j, i)) / 2;
            }
        }
        return new FloatMatrix(n, n, d);
    }

    private static FloatMatrix scaleColumns(FloatMatrix m, float[] s) {
        float[] d = m.data().clone();
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                d[i * m.cols() + j] *= s[j];
            }
        }
        return new FloatMatrix(m.rows(), m.cols(), d);
    }

    private static void assertOrthonormal(FloatMatrix gram, String what) {
        FloatMatrix identity = FloatMatrix.identity(gram.rows());
        double diff = gram.maxAbsDiff(identity);
        assertTrue(diff < 1e-4, () -> what + " differs from I by " + diff);
    }
}
