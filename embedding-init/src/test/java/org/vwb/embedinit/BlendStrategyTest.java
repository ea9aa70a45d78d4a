package org.vwb.embedinit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vwb.numeric.FloatMatrix;

class BlendStrategyTest {

    static final ByteFallbackTokenizer BASE = FvtStrategyTest.BASE;
    static final FloatMatrix IN = FvtStrategyTest.IN;
    static final FloatMatrix OUT = FvtStrategyTest.OUT;
    static final NewToken ABC = FvtStrategyTest.token(300, "▁abc", " abc");
    static final NewToken BYTES = FvtStrategyTest.token(301, "中", "中");

    static InitProblem problem(NewToken... tokens) {
        return StrategyFixtures.problem(BASE, IN, OUT, List.of(tokens), StrategyFixtures.all(BASE.size()));
    }

    static float[] blend(float[] a, float[] b, double w) {
        float[] out = new float[a.length];
        for (int j = 0; j < a.length; j++) {
            out[j] = (float) (w * a[j] + (1 - w) * b[j]);
        }
        return out;
    }

    @Test
    void twoMixturesBlendIntoTheirWeightedUnion() throws Exception {
        InitProblem p = problem(ABC);
        InitResult r = StrategyFixtures.run("blend", Map.of("a", "fvt", "b", "fvt", "weight", "0.25",
                "b.weighting", "first-heavy", "b.head", "first"), p);
        TokenInit in = r.provenance(MatrixRole.INPUT).get(0);
        assertEquals(Origin.MIXTURE, in.origin());
        assertArrayEquals(new int[] {FvtStrategyTest.AB_START, FvtStrategyTest.C}, in.sourceIds());
        // a: (1/2, 1/2); b: (2/3, 1/3) → 0.25·a + 0.75·b
        assertArrayEquals(new double[] {0.125 + 0.5, 0.125 + 0.25}, in.weights(), 1e-12);
        TokenInit head = r.provenance(MatrixRole.OUTPUT).get(0);
        assertArrayEquals(new double[] {0.125 + 0.75, 0.125}, head.weights(), 1e-12, "b.head=first: all on ▁ab");
        StrategyFixtures.assertMixturesConvexAndExact(p, r);
        InitResult a = StrategyFixtures.run("fvt", Map.of(), p);
        InitResult b = StrategyFixtures.run("fvt", Map.of("weighting", "first-heavy", "head", "first"), p);
        for (MatrixRole role : p.roles()) {
            assertArrayEquals(blend(StrategyFixtures.row(a.rows(role), 0), StrategyFixtures.row(b.rows(role), 0), 0.25),
                    StrategyFixtures.row(r.rows(role), 0), 0f, role.label());
        }
    }

    @Test
    void aNestedBlendIsAThreeWayMixWithTheProductWeights() throws Exception {
        InitProblem p = problem(ABC);
        // 0.3·fvt + 0.7·(0.5·first-heavy fvt + 0.5·last-heavy fvt): the reconstruction benchmark's recipe shape
        InitResult r = StrategyFixtures.run("blend", Map.of("a", "fvt", "b", "blend", "weight", "0.3",
                "b.a", "fvt", "b.b", "fvt", "b.weight", "0.5", "b.a.weighting", "first-heavy",
                "b.b.weighting", "last-heavy"), p);
        // pieces ▁ab, c: uniform (1/2, 1/2), first-heavy (2/3, 1/3), last-heavy (1/3, 2/3)
        double first = 0.3 * 0.5 + 0.35 * (2 / 3.0) + 0.35 * (1 / 3.0);
        assertArrayEquals(new double[] {first, 1 - first}, r.provenance(MatrixRole.INPUT).get(0).weights(), 1e-12);
        float[] a = StrategyFixtures.row(StrategyFixtures.run("fvt", Map.of(), p).rows(MatrixRole.INPUT), 0);
        float[] b1 = StrategyFixtures.row(StrategyFixtures.run("fvt", Map.of("weighting", "first-heavy"), p)
                .rows(MatrixRole.INPUT), 0);
        float[] b2 = StrategyFixtures.row(StrategyFixtures.run("fvt", Map.of("weighting", "last-heavy"), p)
                .rows(MatrixRole.INPUT), 0);
        assertArrayEquals(blend(a, blend(b1, b2, 0.5), 0.3), StrategyFixtures.row(r.rows(MatrixRole.INPUT), 0), 0f);
        StrategyFixtures.assertMixturesConvexAndExact(p, r);
    }

    @Test
    void aBlendWithTheMeanStaysConvexButIsRecordedAsSampledWithANote() throws Exception {
        InitProblem p = problem(ABC);
        InitResult r = StrategyFixtures.run("blend", Map.of("a", "fvt", "b", "mean"), p);
        TokenInit t = r.provenance(MatrixRole.INPUT).get(0);
        assertEquals(Origin.SAMPLED, t.origin());
        assertTrue(t.note().contains("inside the hull by construction"), t.note());
        TokenInit s = StrategyFixtures.run("blend", Map.of("a", "fvt", "b", "random"), p).provenance().get(0);
        assertTrue(s.note().contains("not certified"), s.note());
    }

    @Test
    void aTokenOnePartCannotPlaceTakesTheOtherPartsRow() throws Exception {
        InitProblem p = problem(ABC, BYTES);
        InitResult r = StrategyFixtures.run("blend", Map.of("a", "fvt", "b", "ziptie", "weight", "0.9"), p);
        InitResult zip = StrategyFixtures.run("ziptie", Map.of(), p);
        TokenInit t = r.provenance(MatrixRole.INPUT).get(1);
        assertEquals(Origin.MIXTURE, t.origin());
        assertArrayEquals(FvtStrategyTest.ZHONG, t.sourceIds());
        assertTrue(t.note().contains("ziptie's row alone"), t.note());
        assertArrayEquals(StrategyFixtures.row(zip.rows(MatrixRole.OUTPUT), 1), StrategyFixtures.row(r.rows(MatrixRole.OUTPUT), 1), 0f);
        InitResult neither = StrategyFixtures.run("blend", Map.of("a", "fvt", "b", "fvt"), problem(BYTES));
        assertEquals(Origin.UNPLACED, neither.provenance().get(0).origin());
        StrategyFixtures.assertMixturesConvexAndExact(p, r);
    }

    @Test
    void badBlendOptionsAreRefused() {
        InitInputException e = assertThrows(InitInputException.class,
                () -> Strategies.create("blend", Map.of("a", "fvt", "b", "mean", "weight", "1.5")));
        assertEquals(InitInputException.Reason.BAD_OPTION, e.reason());
        e = assertThrows(InitInputException.class, () -> Strategies.create("blend", Map.of("a", "fvt", "b", "nope")));
        assertEquals(InitInputException.Reason.UNKNOWN_METHOD, e.reason());
        e = assertThrows(InitInputException.class,
                () -> Strategies.create("blend", Map.of("a", "fvt", "b", "mean", "a.weighting", "cubic")));
        assertEquals(InitInputException.Reason.BAD_OPTION, e.reason());
        e = assertThrows(InitInputException.class, () -> Strategies.create("blend", Map.of("a", "fvt")));
        assertTrue(e.getMessage().contains("option b"), e.getMessage());
    }
}
