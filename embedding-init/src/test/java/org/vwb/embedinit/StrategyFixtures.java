package org.vwb.embedinit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.vwb.common.JobContext;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Small matrices, problems and checks shared by the strategy tests.
final class StrategyFixtures {

    private StrategyFixtures() {
    }

    /// A seeded `rows × cols` matrix with entries in `offset + [-1, 1)`.
    static FloatMatrix matrix(int rows, int cols, long seed, float offset) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] d = new float[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = offset + (float) (rng.nextDouble() * 2 - 1);
        }
        return new FloatMatrix(rows, cols, d);
    }

    /// Every base id an anchor.
    static BitSet all(int n) {
        BitSet b = new BitSet();
        b.set(0, n);
        return b;
    }

    static InitProblem problem(TokenizerView base, FloatMatrix in, FloatMatrix out, List<NewToken> tokens,
                               BitSet anchors) {
        return new InitProblem(in, out, null, base, base, tokens, anchors, 42L, LinearAlgebra.get());
    }

    static InitResult run(String method, Map<String, String> options, InitProblem p) throws Exception {
        return Strategies.create(method, options).initialize(p, JobContext.silent());
    }

    static float[] row(FloatMatrix m, int r) {
        float[] out = new float[m.cols()];
        System.arraycopy(m.data(), r * m.cols(), out, 0, m.cols());
        return out;
    }

    /// `Σ w_k · m[ids[k]]` accumulated in double in the given order, as the strategies do.
    static float[] mix(FloatMatrix m, int[] ids, double[] w) {
        double[] acc = new double[m.cols()];
        for (int k = 0; k < ids.length; k++) {
            for (int j = 0; j < acc.length; j++) {
                acc[j] += w[k] * m.get(ids[k], j);
            }
        }
        float[] out = new float[acc.length];
        for (int j = 0; j < acc.length; j++) {
            out[j] = (float) acc[j];
        }
        return out;
    }

    /// Every MIXTURE record has non-negative weights summing to 1, and its row is that mixture.
    static void assertMixturesConvexAndExact(InitProblem p, InitResult r) {
        for (MatrixRole role : p.roles()) {
            List<TokenInit> recs = r.provenance(role);
            for (int i = 0; i < recs.size(); i++) {
                TokenInit t = recs.get(i);
                if (t.origin() != Origin.MIXTURE) {
                    continue;
                }
                assertTrue(t.convexByConstruction(), "token " + t.id() + " " + role + " weights "
                        + java.util.Arrays.toString(t.weights()));
                assertEquals(t.sourceIds().length, java.util.Arrays.stream(t.sourceIds()).distinct().count(),
                        "repeated ids are merged");
                float[] expected = mix(p.matrix(role), t.sourceIds(), t.weights());
                float[] got = row(r.rows(role), i);
                for (int j = 0; j < got.length; j++) {
                    assertEquals(expected[j], got[j], 1e-5f, "token " + t.id() + " " + role + " column " + j);
                }
            }
        }
    }
}
