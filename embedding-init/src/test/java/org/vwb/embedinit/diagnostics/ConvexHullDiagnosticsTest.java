package org.vwb.embedinit.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

class ConvexHullDiagnosticsTest {
    private static final LinearAlgebra LA = LinearAlgebra.get();

    @Test
    void verdictsAgreeWithAnExactLpOnSmallCases() throws Exception {
        HullOptions options = HullOptions.defaults().withRelativeTolerance(1e-5).withMaxIterations(50_000);
        int compared = 0;
        int inside = 0;
        for (int d : new int[] {2, 3, 4, 6}) {
            Synthetic s = new Synthetic(40, d, 100 + d);
            List<float[]> rows = new ArrayList<>();
            for (double scale : new double[] {0.01, 0.1, 0.3, 1, 3}) {
                for (int k = 0; k < 3; k++) {
                    rows.add(s.draw(scale));
                }
            }
            rows.add(s.mixture(3, new int[3], new double[3]));
            FloatMatrix q = Synthetic.stack(rows);
            HullReport report = ConvexHullDiagnostics.classify(LA, s.base, q, null, options);
            double[][] e = toDouble(s.base);
            for (RowVerdict v : report.rows()) {
                boolean lp = ExactLp.inHull(e, toDouble(q)[v.row()]);
                assertEquals(lp ? HullVerdict.INSIDE : HullVerdict.OUTSIDE, v.verdict(),
                        "d=" + d + " row " + v.row() + ": " + v);
                verifyIndependently(s.base, q, report, v);
                compared++;
                inside += lp ? 1 : 0;
            }
        }
        // the cases must exercise both answers, or the agreement says little
        assertTrue(inside >= 10 && compared - inside >= 10, inside + " inside of " + compared);
    }

    @Test
    void reproducesTheKnownFactsOnAnisotropicGaussians() throws Exception {
        Synthetic s = new Synthetic(400, 24, 7);
        List<float[]> rows = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            rows.add(s.mixture(1 + k, new int[1 + k], new double[1 + k]));
        }
        for (int k = 0; k < 8; k++) {
            rows.add(s.draw(1e-5));
        }
        for (int k = 0; k < 8; k++) {
            rows.add(s.perDimension());
        }
        for (int k = 0; k < 8; k++) {
            rows.add(s.draw(1));
        }
        FloatMatrix q = Synthetic.stack(rows);
        HullReport report = ConvexHullDiagnostics.classify(LA, s.base, q, null, HullOptions.defaults()
                .withMaxIterations(5_000));
        for (RowVerdict v : report.rows()) {
            HullVerdict expected = v.row() < 16 ? HullVerdict.INSIDE : HullVerdict.OUTSIDE;
            assertEquals(expected, v.verdict(), "row " + v.row() + ": " + v);
            verifyIndependently(s.base, q, report, v);
            if (v.row() >= 16) { // a screen's margin is a valid but loose lower bound: only its order is checked
                assertTrue(v.relativeLower() > 0 && v.relativeLower() <= v.relativeUpper(), v.toString());
            }
        }
    }

    @Test
    void recordedMixturesAreInsideWithoutSolvingAndBadOnesFallBackToTheSolver() throws Exception {
        Synthetic s = new Synthetic(200, 8, 3);
        int[] ids = new int[4];
        double[] w = new double[4];
        float[] good = s.mixture(4, ids, w);
        double[] scaled = Arrays.stream(w).map(x -> 0.9 * x).toArray(); // sums to 0.9: not a convex mixture
        float[] far = s.draw(100);
        FloatMatrix q = Synthetic.stack(List.of(good, good, far));
        List<RecordedMixture> mixtures = Arrays.asList(new RecordedMixture(ids, w), new RecordedMixture(ids, scaled),
                null);
        HullReport report = ConvexHullDiagnostics.classify(LA, s.base, q, mixtures, HullOptions.defaults());
        assertEquals(HullMethod.RECORDED_MIXTURE, report.rows().get(0).method());
        assertEquals(HullVerdict.INSIDE, report.rows().get(0).verdict());
        assertEquals(HullMethod.SOLVER, report.rows().get(1).method());
        assertEquals(HullVerdict.INSIDE, report.rows().get(1).verdict());
        assertEquals(HullVerdict.OUTSIDE, report.rows().get(2).verdict());
        assertEquals(HullMethod.SCREEN, report.rows().get(2).method());
        for (RowVerdict v : report.rows()) {
            verifyIndependently(s.base, q, report, v);
        }
    }

    @Test
    void aRowTheBudgetCannotDecideIsUndecidedWithDistanceBounds() throws Exception {
        Synthetic s = new Synthetic(300, 8, 13);
        float[] edge = s.mixture(2, new int[2], new double[2]); // on an edge: far from the centroid, inside
        FloatMatrix q = Synthetic.stack(List.of(edge));
        HullOptions tight = HullOptions.defaults().withRelativeTolerance(1e-6);
        RowVerdict one = ConvexHullDiagnostics.classify(LA, s.base, q, null, tight.withMaxIterations(1)).rows().get(0);
        assertEquals(HullVerdict.UNDECIDED, one.verdict(), one.toString());
        assertNull(one.inside());
        assertNull(one.outside());
        assertEquals(0, one.distanceLower());
        assertTrue(one.distanceUpper() > 0 && one.relativeUpper() > 1e-6, one.toString());
        HullReport full = ConvexHullDiagnostics.classify(LA, s.base, q, null, tight.withMaxIterations(100_000));
        RowVerdict solved = full.rows().get(0);
        assertEquals(HullVerdict.INSIDE, solved.verdict(), solved.toString());
        assertTrue(solved.iterations() > 1);
        verifyIndependently(s.base, q, full, solved);
    }

    @Test
    void dominanceIsZeroInsideAndPositiveForAFarRow() throws Exception {
        Synthetic s = new Synthetic(300, 8, 11);
        float[] far = s.base.data().clone();
        float[] row = new float[8];
        for (int j = 0; j < 8; j++) {
            row[j] = s.mu[j] + 10 * (far[j] - s.mu[j]); // base row 0 pushed far from the mean
        }
        FloatMatrix q = Synthetic.stack(List.of(s.mixture(5, new int[5], new double[5]), row));
        Dominance a = ConvexHullDiagnostics.dominance(LA, s.base, q, 2_000, 5);
        Dominance b = ConvexHullDiagnostics.dominance(LA, s.base, q, 2_000, 5);
        assertEquals(0, a.fractions()[0]);
        assertTrue(a.fractions()[1] > 0.01, Arrays.toString(a.fractions()));
        assertEquals(Arrays.toString(a.fractions()), Arrays.toString(b.fractions()));
    }

    @Test
    void mismatchedDimensionsAreAClearError() {
        Synthetic s = new Synthetic(50, 4, 1);
        FloatMatrix q = new FloatMatrix(2, 5, new float[10]);
        HullInputException e = assertThrows(HullInputException.class,
                () -> ConvexHullDiagnostics.classify(LA, s.base, q, null, HullOptions.defaults()));
        assertEquals(HullInputException.Reason.DIMENSION_MISMATCH, e.reason());
        assertTrue(e.getMessage().contains("width 5") && e.getMessage().contains("width 4"), e.getMessage());
        FloatMatrix ok = new FloatMatrix(2, 4, new float[8]);
        HullInputException m = assertThrows(HullInputException.class,
                () -> ConvexHullDiagnostics.classify(LA, s.base, ok, List.of(), HullOptions.defaults()));
        assertEquals(HullInputException.Reason.DIMENSION_MISMATCH, m.reason());
        float[] nan = new float[8];
        nan[5] = Float.NaN;
        HullInputException n = assertThrows(HullInputException.class, () -> ConvexHullDiagnostics.classify(LA,
                s.base, new FloatMatrix(2, 4, nan), null, HullOptions.defaults()));
        assertEquals(HullInputException.Reason.NON_FINITE, n.reason());
        assertTrue(n.getMessage().contains("(1, 1)"), n.getMessage());
    }

    /// Re-checks a certificate from scratch in `double`, with loops independent of the code under test.
    @Test
    void nearCentroidRowsGetDenseCertificatesWithTheirExactResidual() throws Exception {
        Synthetic s = new Synthetic(300, 16, 19);
        List<float[]> rows = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            rows.add(s.draw(1e-6));
        }
        FloatMatrix q = Synthetic.stack(rows);
        HullReport report = ConvexHullDiagnostics.classify(LA, s.base, q, null, HullOptions.defaults());
        for (RowVerdict v : report.rows()) {
            assertEquals(HullVerdict.INSIDE, v.verdict(), v.toString());
            assertEquals(HullMethod.SOLVER, v.method());
            // decided next to the solver's uniform start: weights on (nearly) every base row, which the
            // batched re-verification sums in double exactly as the one-row loop would
            assertTrue(v.inside().ids().length > 150, v.inside().ids().length + " weights");
            verifyIndependently(s.base, q, report, v);
            double[] x = new double[16];
            for (int t = 0; t < v.inside().ids().length; t++) {
                for (int j = 0; j < 16; j++) {
                    x[j] += v.inside().weights()[t] * s.base.data()[v.inside().ids()[t] * 16 + j];
                }
            }
            double res = 0;
            for (int j = 0; j < 16; j++) {
                double r = x[j] - q.data()[v.row() * 16 + j];
                res += r * r;
            }
            assertEquals(Math.sqrt(res), v.inside().residual(), 0.0);
        }
    }

    static void verifyIndependently(FloatMatrix base, FloatMatrix q, HullReport report, RowVerdict v) {
        int d = base.cols();
        double[] query = toDouble(q)[v.row()];
        double[][] e = toDouble(base);
        if (v.verdict() == HullVerdict.INSIDE) {
            InsideCertificate c = v.inside();
            assertNotNull(c);
            double sum = 0;
            double[] x = new double[d];
            for (int k = 0; k < c.ids().length; k++) {
                assertTrue(c.weights()[k] >= 0);
                sum += c.weights()[k];
                for (int j = 0; j < d; j++) {
                    x[j] += c.weights()[k] * e[c.ids()[k]][j];
                }
            }
            assertEquals(1, sum, 1e-6);
            double res = 0;
            for (int j = 0; j < d; j++) {
                res += (x[j] - query[j]) * (x[j] - query[j]);
            }
            res = Math.sqrt(res);
            assertTrue(res <= report.tolerance(), res + " > " + report.tolerance());
            assertEquals(c.residual(), res, 1e-9 * (1 + report.medianBaseNorm()));
        } else if (v.verdict() == HullVerdict.OUTSIDE) {
            OutsideCertificate c = v.outside();
            assertNotNull(c);
            assertNull(v.inside());
            double norm = 0;
            double aq = 0;
            for (int j = 0; j < d; j++) {
                norm += c.direction()[j] * c.direction()[j];
                aq += c.direction()[j] * query[j];
            }
            assertEquals(1, norm, 1e-9);
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : e) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += c.direction()[j] * row[j];
                }
                max = Math.max(max, s);
            }
            assertTrue(aq - max > 0, "margin " + (aq - max));
            assertEquals(c.margin(), aq - max, 1e-9 * (1 + report.medianBaseNorm()));
            assertEquals(c.margin(), v.distanceLower(), 0);
        }
    }

    static double[][] toDouble(FloatMatrix m) {
        double[][] out = new double[m.rows()][m.cols()];
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                out[i][j] = m.get(i, j);
            }
        }
        return out;
    }
}
