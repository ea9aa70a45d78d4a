package org.vwb.embedinit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vwb.numeric.FloatMatrix;

/// `random` and `multivariate`: the requested moments, one stream per token, no dependence on how the
/// tokens are grouped.
class SamplingStrategiesTest {

    static final int D = 8;
    static final int ROWS = 4000;
    static final FakeTokenizer BASE = FakeTokenizer.of(pieces(ROWS));

    static String[] pieces(int n) {
        String[] p = new String[n];
        for (int i = 0; i < n; i++) {
            p[i] = "p" + i;
        }
        return p;
    }

    /// Correlated rows: `μ + A·g` with a fixed lower-triangular `A` and an offset per column.
    static FloatMatrix correlated(long seed, float offset) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[ROWS * D];
        for (int i = 0; i < ROWS; i++) {
            double[] g = new double[D];
            for (int j = 0; j < D; j++) {
                g[j] = rng.nextGaussian();
            }
            for (int j = 0; j < D; j++) {
                double v = offset + 0.1 * j;
                for (int k = 0; k <= j; k++) {
                    v += (0.5 + 0.1 * ((j + 2 * k) % 5)) * g[k];
                }
                x[i * D + j] = (float) v;
            }
        }
        return new FloatMatrix(ROWS, D, x);
    }

    static final FloatMatrix IN = correlated(5, 0);
    static final FloatMatrix OUT = correlated(6, 3);

    static List<NewToken> tokens(int from, int to) {
        List<NewToken> t = new ArrayList<>();
        for (int i = from; i < to; i++) {
            t.add(new NewToken(ROWS + i, "n" + i, "n" + i, new int[0]));
        }
        return t;
    }

    static InitProblem problem(FloatMatrix out, List<NewToken> tokens, BitSet anchors) {
        return StrategyFixtures.problem(BASE, IN, out, tokens, anchors);
    }

    static double[] mean(FloatMatrix m, int from, int to) {
        double[] mu = new double[m.cols()];
        for (int i = from; i < to; i++) {
            for (int j = 0; j < m.cols(); j++) {
                mu[j] += m.get(i, j) / (double) (to - from);
            }
        }
        return mu;
    }

    static double[][] cov(FloatMatrix m, int from, int to) {
        double[] mu = mean(m, from, to);
        double[][] c = new double[m.cols()][m.cols()];
        for (int i = from; i < to; i++) {
            for (int a = 0; a < m.cols(); a++) {
                for (int b = 0; b < m.cols(); b++) {
                    c[a][b] += (m.get(i, a) - mu[a]) * (m.get(i, b) - mu[b]) / (to - from - 1);
                }
            }
        }
        return c;
    }

    static void assertMoments(FloatMatrix sample, FloatMatrix base, int baseRows, double scale) {
        double[] mu = mean(base, 0, baseRows);
        double[][] sigma = cov(base, 0, baseRows);
        double[] got = mean(sample, 0, sample.rows());
        double[][] c = cov(sample, 0, sample.rows());
        for (int a = 0; a < D; a++) {
            assertEquals(mu[a], got[a], 5 * Math.sqrt(scale * sigma[a][a] / sample.rows()), "mean " + a);
            for (int b = 0; b < D; b++) {
                assertEquals(scale * sigma[a][b], c[a][b], 0.05 * scale * Math.sqrt(sigma[a][a] * sigma[b][b]),
                        "covariance " + a + "," + b);
            }
        }
    }

    @Test
    void multivariateSamplesHaveTheAnchorsMeanAndScaledCovariance() throws Exception {
        InitProblem p = problem(OUT, tokens(0, 20_000), StrategyFixtures.all(ROWS));
        InitResult r = StrategyFixtures.run("multivariate", Map.of(), p);
        assertMoments(r.rows(MatrixRole.INPUT), IN, ROWS, 1e-5);
        assertMoments(r.rows(MatrixRole.OUTPUT), OUT, ROWS, 1e-5);
        assertEquals(Origin.SAMPLED, r.provenance().get(0).origin());
        assertTrue(r.provenance().get(0).note().contains("Cholesky"), r.provenance().get(0).note());
        InitResult wide = StrategyFixtures.run("multivariate", Map.of("scale", "0.5"), p);
        assertMoments(wide.rows(MatrixRole.INPUT), IN, ROWS, 0.5);
    }

    @Test
    void multivariateUsesOnlyTheAnchorsUnlessAskedForAllRows() throws Exception {
        BitSet half = new BitSet();
        half.set(0, ROWS / 2);
        FloatMatrix shifted = IN.copy();
        for (int i = ROWS / 2; i < ROWS; i++) {
            for (int j = 0; j < D; j++) {
                shifted.data()[i * D + j] += 100;
            }
        }
        InitProblem p = StrategyFixtures.problem(BASE, shifted, null, tokens(0, 2000), half);
        assertMoments(StrategyFixtures.run("multivariate", Map.of("scale", "0.5"), p).rows(MatrixRole.INPUT),
                shifted, ROWS / 2, 0.5);
        double[] all = mean(StrategyFixtures.run("multivariate", Map.of("rows", "all"), p).rows(MatrixRole.INPUT), 0, 2000);
        assertTrue(all[0] > 40, "rows=all takes the non-anchor half into the mean: " + all[0]);
    }

    @Test
    void samplesDependOnTheSeedAndTokenOnlyNotOnHowTheTokensAreGrouped() throws Exception {
        for (String method : List.of("multivariate", "random")) {
            FloatMatrix whole = StrategyFixtures.run(method, Map.of(), problem(OUT, tokens(0, 3000),
                    StrategyFixtures.all(ROWS))).rows(MatrixRole.OUTPUT);
            FloatMatrix head = StrategyFixtures.run(method, Map.of(), problem(OUT, tokens(0, 1100),
                    StrategyFixtures.all(ROWS))).rows(MatrixRole.OUTPUT);
            List<NewToken> reversed = new ArrayList<>(tokens(1100, 3000));
            java.util.Collections.reverse(reversed);
            FloatMatrix tail = StrategyFixtures.run(method, Map.of(), problem(OUT, reversed,
                    StrategyFixtures.all(ROWS))).rows(MatrixRole.OUTPUT);
            for (int i = 0; i < 3000; i++) {
                float[] expected = StrategyFixtures.row(whole, i);
                float[] got = i < 1100 ? StrategyFixtures.row(head, i) : StrategyFixtures.row(tail, 2999 - i);
                assertArrayEquals(expected, got, 0f, method + " token " + i);
            }
            InitProblem again = new InitProblem(IN, OUT, null, BASE, BASE, tokens(0, 10), StrategyFixtures.all(ROWS),
                    43L, org.vwb.numeric.LinearAlgebra.get());
            float[] other = StrategyFixtures.row(StrategyFixtures.run(method, Map.of(), again).rows(MatrixRole.OUTPUT), 0);
            assertTrue(other[0] != whole.get(0, 0), method + ": another seed, another row");
        }
    }

    @Test
    void aSingularCovarianceIsFlooredInsteadOfFailing() throws Exception {
        BitSet few = new BitSet();
        few.set(0, 4);
        InitProblem p = StrategyFixtures.problem(BASE, IN, null, tokens(0, 500), few);
        InitResult r = StrategyFixtures.run("multivariate", Map.of("scale", "1"), p);
        assertTrue(r.provenance().get(0).note().contains("floored"), r.provenance().get(0).note());
        double[] mu = mean(IN, 0, 4);
        double[] got = mean(r.rows(MatrixRole.INPUT), 0, 500);
        for (int j = 0; j < D; j++) {
            assertEquals(mu[j], got[j], 0.3, "column " + j);
        }
    }

    @Test
    void randomDrawsNormalRowsWithTheGivenOrTheMatrixSigma() throws Exception {
        InitProblem p = problem(OUT, tokens(0, 20_000), StrategyFixtures.all(ROWS));
        FloatMatrix given = StrategyFixtures.run("random", Map.of("sigma", "0.02"), p).rows(MatrixRole.INPUT);
        assertEquals(0.02, pooledStd(given), 0.02 * 0.02);
        assertEquals(0, mean(given, 0, given.rows())[3], 0.001);
        FloatMatrix own = StrategyFixtures.run("random", Map.of(), p).rows(MatrixRole.OUTPUT);
        assertEquals(pooledStd(OUT), pooledStd(own), 0.02 * pooledStd(OUT), "default: the std of the head's entries");
        assertEquals(0, mean(own, 0, own.rows())[3], 0.05, "isotropic rows are centred at 0");
        FloatMatrix perDim = StrategyFixtures.run("random", Map.of("mode", "per-dimension"), p).rows(MatrixRole.OUTPUT);
        double[] mu = mean(OUT, 0, ROWS);
        double[][] c = cov(OUT, 0, ROWS);
        double[] got = mean(perDim, 0, perDim.rows());
        double[][] gc = cov(perDim, 0, perDim.rows());
        for (int j = 0; j < D; j++) {
            assertEquals(mu[j], got[j], 0.05, "column mean " + j);
            assertEquals(Math.sqrt(c[j][j]), Math.sqrt(gc[j][j]), 0.03 * Math.sqrt(c[j][j]), "column std " + j);
        }
        assertEquals(0, gc[0][D - 1], 0.05 * Math.sqrt(gc[0][0] * gc[D - 1][D - 1]), "independent columns");
    }

    static double pooledStd(FloatMatrix m) {
        double s = 0;
        double ss = 0;
        for (float v : m.data()) {
            s += v;
            ss += (double) v * v;
        }
        double n = m.data().length;
        return Math.sqrt(ss / n - (s / n) * (s / n));
    }

    @Test
    void badSamplingOptionsAreRefused() {
        for (Map<String, String> bad : List.of(Map.of("scale", "-1"), Map.of("eigen-floor", "2"))) {
            InitInputException e = assertThrows(InitInputException.class, () -> Strategies.create("multivariate", bad));
            assertEquals(InitInputException.Reason.BAD_OPTION, e.reason());
            assertTrue(e.getMessage().contains(bad.keySet().iterator().next()), e.getMessage());
        }
        for (Map<String, String> bad : List.of(Map.of("sigma", "0"), Map.of("sigma", "-0.1"),
                Map.of("sigma", "0.02", "mode", "per-dimension"), Map.of("mode", "gaussian"))) {
            InitInputException e = assertThrows(InitInputException.class, () -> Strategies.create("random", bad));
            assertEquals(InitInputException.Reason.BAD_OPTION, e.reason(), bad.toString());
        }
    }
}
