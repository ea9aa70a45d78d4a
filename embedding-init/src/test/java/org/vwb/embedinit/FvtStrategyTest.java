package org.vwb.embedinit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vwb.embedinit.StrategyFixtures.all;
import static org.vwb.embedinit.StrategyFixtures.matrix;
import static org.vwb.embedinit.StrategyFixtures.row;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vwb.common.JobContext;
import org.vwb.embedinit.internal.MeanStrategy;
import org.vwb.numeric.FloatMatrix;

class FvtStrategyTest {

    static final ByteFallbackTokenizer BASE = new ByteFallbackTokenizer(true, "▁ab", "ab", "c", "▁c", "d", "▁");
    static final int AB_START = BASE.id("▁ab");
    static final int AB = BASE.id("ab");
    static final int C = BASE.id("c");
    static final int D = BASE.id("d");
    static final int SPACE = BASE.id("▁");
    static final int[] ZHONG = {1 + 0xE4, 1 + 0xB8, 1 + 0xAD};
    static final FloatMatrix IN = matrix(BASE.size(), 4, 1, 0);
    static final FloatMatrix OUT = matrix(BASE.size(), 4, 2, 10);

    static NewToken token(int id, String piece, String text) {
        return new NewToken(id, piece, text, new int[0]);
    }

    static InitResult fvt(Map<String, String> options, FloatMatrix out, BitSet anchors, NewToken... tokens)
            throws Exception {
        return StrategyFixtures.run("fvt", options, StrategyFixtures.problem(BASE, IN, out, List.of(tokens), anchors));
    }

    static TokenInit only(InitResult r, MatrixRole role) {
        return r.provenance(role).get(0);
    }

    @Test
    void anFvtRowIsExactlyTheMeanOfItsPieces() throws Exception {
        InitResult r = fvt(Map.of(), null, all(BASE.size()), token(300, "▁abc", " abc"));
        TokenInit t = only(r, MatrixRole.INPUT);
        assertEquals(Origin.MIXTURE, t.origin());
        assertArrayEquals(new int[] {AB_START, C}, t.sourceIds());
        float[] expected = new float[4];
        for (int j = 0; j < 4; j++) {
            expected[j] = (float) ((IN.get(AB_START, j) + (double) IN.get(C, j)) / 2);
        }
        assertArrayEquals(expected, row(r.rows(MatrixRole.INPUT), 0), 0f);
    }

    @Test
    void aContinuationTokenDecomposesIntoContinuationPiecesAndAWordStartIntoAWordStart() throws Exception {
        InitResult r = fvt(Map.of(), null, all(BASE.size()), token(300, "abc", "abc"), token(301, "▁abc", " abc"));
        List<TokenInit> p = r.provenance(MatrixRole.INPUT);
        assertArrayEquals(new int[] {AB, C}, p.get(0).sourceIds(), "not ▁ab: the dummy prefix must not leak in");
        assertArrayEquals(new int[] {AB_START, C}, p.get(1).sourceIds());
    }

    @Test
    void aWordStartIsKeptWhenTheEncoderAddsNoDummyPrefix() throws Exception {
        ByteFallbackTokenizer plain = new ByteFallbackTokenizer(false, "▁ab", "ab", "c");
        InitProblem p = StrategyFixtures.problem(plain, matrix(plain.size(), 4, 1, 0), null,
                List.of(token(300, "▁abc", " abc"), token(301, "abc", "abc")), all(plain.size()));
        InitResult r = StrategyFixtures.run("fvt", Map.of(), p);
        assertArrayEquals(new int[] {plain.id("▁ab"), plain.id("c")}, r.provenance().get(0).sourceIds());
        assertArrayEquals(new int[] {plain.id("ab"), plain.id("c")}, r.provenance().get(1).sourceIds());
    }

    @Test
    void weightedVariantsUseLengthOrLinearWeights() throws Exception {
        NewToken t = token(300, "▁abcd", " abcd");
        assertArrayEquals(new double[] {3 / 5.0, 1 / 5.0, 1 / 5.0},
                only(fvt(Map.of("weighting", "length"), null, all(BASE.size()), t), MatrixRole.INPUT).weights(), 1e-12,
                "▁ab counts its word-start space: 3 characters");
        assertArrayEquals(new double[] {3 / 6.0, 2 / 6.0, 1 / 6.0},
                only(fvt(Map.of("weighting", "first-heavy"), null, all(BASE.size()), t), MatrixRole.INPUT).weights(), 1e-12);
        assertArrayEquals(new double[] {1 / 6.0, 2 / 6.0, 3 / 6.0},
                only(fvt(Map.of("weighting", "last-heavy"), null, all(BASE.size()), t), MatrixRole.INPUT).weights(), 1e-12);
        InitResult u = fvt(Map.of(), null, all(BASE.size()), t);
        StrategyFixtures.assertMixturesConvexAndExact(StrategyFixtures.problem(BASE, IN, null, List.of(t),
                all(BASE.size())), u);
    }

    @Test
    void repeatedPiecesAreMergedIntoOneWeight() throws Exception {
        TokenInit t = only(fvt(Map.of(), null, all(BASE.size()), token(300, "cc", "cc")), MatrixRole.INPUT);
        assertArrayEquals(new int[] {C}, t.sourceIds());
        assertArrayEquals(new double[] {1.0}, t.weights(), 0);
    }

    @Test
    void fvtSkipsBytePiecesAndZipTieKeepsThem() throws Exception {
        NewToken t = token(300, "▁中c", " 中c");
        InitProblem p = StrategyFixtures.problem(BASE, IN, null, List.of(t), all(BASE.size()));
        TokenInit f = StrategyFixtures.run("fvt", Map.of(), p).provenance().get(0);
        assertArrayEquals(new int[] {SPACE, C}, f.sourceIds());
        assertTrue(f.note().contains("3 skipped"), f.note());
        InitResult zr = StrategyFixtures.run("ziptie", Map.of(), p);
        TokenInit z = zr.provenance().get(0);
        assertArrayEquals(new int[] {SPACE, ZHONG[0], ZHONG[1], ZHONG[2], C}, z.sourceIds());
        assertArrayEquals(new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, z.weights(), 1e-12);
        StrategyFixtures.assertMixturesConvexAndExact(p, zr);
        TokenInit zl = StrategyFixtures.run("ziptie", Map.of("weighting", "length"), p).provenance().get(0);
        assertArrayEquals(new double[] {1 / 3.0, 1 / 9.0, 1 / 9.0, 1 / 9.0, 1 / 3.0}, zl.weights(), 1e-12,
                "the three bytes of 中 share one character");
        TokenInit bare = StrategyFixtures.run("fvt", Map.of("drop-bare-marker", "true"), p).provenance().get(0);
        assertArrayEquals(new int[] {C}, bare.sourceIds());
    }

    @Test
    void aTokenMadeOnlyOfBytesIsUnplacedByFvtAndPlacedByZipTie() throws Exception {
        NewToken t = token(300, "中", "中");
        InitProblem p = StrategyFixtures.problem(BASE, IN, null, List.of(t), all(BASE.size()));
        assertEquals(Origin.UNPLACED, StrategyFixtures.run("fvt", Map.of(), p).provenance().get(0).origin());
        assertArrayEquals(ZHONG, StrategyFixtures.run("ziptie", Map.of(), p).provenance().get(0).sourceIds(),
                "a continuation: no ▁ before the bytes");
        InitProblem start = StrategyFixtures.problem(BASE, IN, null, List.of(token(301, "▁中", " 中")), all(BASE.size()));
        TokenInit marker = StrategyFixtures.run("fvt", Map.of(), start).provenance().get(0);
        assertEquals(Origin.UNPLACED, marker.origin(), "▁ alone is left once the bytes are skipped");
    }

    @Test
    void nonAnchorPiecesAreSkippedOrRefuseTheToken() throws Exception {
        BitSet anchors = all(BASE.size());
        anchors.clear(C);
        NewToken t = token(300, "▁abc", " abc");
        assertArrayEquals(new int[] {AB_START}, only(fvt(Map.of(), null, anchors, t), MatrixRole.INPUT).sourceIds());
        TokenInit refused = only(fvt(Map.of("skip-non-anchors", "false"), null, anchors, t), MatrixRole.INPUT);
        assertEquals(Origin.UNPLACED, refused.origin());
        assertTrue(refused.note().contains("not an anchor"), refused.note());
    }

    @Test
    void untiedHeadRowsComeFromTheHeadMatrix() throws Exception {
        NewToken t = token(300, "▁abc", " abc");
        InitResult mean = fvt(Map.of(), OUT, all(BASE.size()), t);
        assertArrayEquals(StrategyFixtures.mix(OUT, new int[] {AB_START, C}, new double[] {0.5, 0.5}),
                row(mean.rows(MatrixRole.OUTPUT), 0), 0f);
        assertEquals(Origin.MIXTURE, only(mean, MatrixRole.OUTPUT).origin());
        InitResult first = fvt(Map.of("head", "first"), OUT, all(BASE.size()), t);
        assertArrayEquals(row(OUT, AB_START), row(first.rows(MatrixRole.OUTPUT), 0), 0f);
        assertArrayEquals(new int[] {AB_START}, only(first, MatrixRole.OUTPUT).sourceIds());
        InitResult tied = fvt(Map.of("head", "tied"), OUT, all(BASE.size()), t);
        assertArrayEquals(row(tied.rows(MatrixRole.INPUT), 0), row(tied.rows(MatrixRole.OUTPUT), 0), 0f);
        assertEquals(Origin.SAMPLED, only(tied, MatrixRole.OUTPUT).origin(), "input rows certify nothing in lm_head");
        InitResult split = fvt(Map.of("weighting", "last-heavy", "head-weighting", "first-heavy"), OUT,
                all(BASE.size()), t);
        assertArrayEquals(new double[] {1 / 3.0, 2 / 3.0}, only(split, MatrixRole.INPUT).weights(), 1e-12);
        assertArrayEquals(new double[] {2 / 3.0, 1 / 3.0}, only(split, MatrixRole.OUTPUT).weights(), 1e-12);
        StrategyFixtures.assertMixturesConvexAndExact(StrategyFixtures.problem(BASE, IN, OUT, List.of(t),
                all(BASE.size())), split);
    }

    @Test
    void givenDecompositionsAreUsedWhenAskedOrWhenTheTokenHasNoText() throws Exception {
        NewToken given = new NewToken(300, "▁abc", " abc", new int[] {D, D, C});
        TokenInit t = only(fvt(Map.of("decompose", "given"), null, all(BASE.size()), given), MatrixRole.INPUT);
        assertArrayEquals(new int[] {D, C}, t.sourceIds());
        assertArrayEquals(new double[] {2 / 3.0, 1 / 3.0}, t.weights(), 1e-12);
        NewToken textless = new NewToken(301, "<0xE4>", "", new int[] {D});
        assertArrayEquals(new int[] {D}, only(fvt(Map.of(), null, all(BASE.size()), textless), MatrixRole.INPUT)
                .sourceIds());
    }

    @Test
    void unplacedTokensReachTheFallbackThroughTheInitializer() throws Exception {
        InitProblem p = StrategyFixtures.problem(BASE, IN, OUT, List.of(token(300, "▁abc", " abc"),
                new NewToken(301, "x", "", new int[0])), all(BASE.size()));
        InitResult r = Initializer.run(p, Strategies.create("fvt", Map.of()), new MeanStrategy(), true,
                JobContext.silent());
        assertEquals(Origin.MIXTURE, r.provenance(MatrixRole.INPUT).get(0).origin());
        assertEquals(Origin.MEAN, r.provenance(MatrixRole.INPUT).get(1).origin());
        assertEquals(Origin.MEAN, r.provenance(MatrixRole.OUTPUT).get(1).origin());
        assertTrue(Float.isFinite(r.rows(MatrixRole.INPUT).get(1, 0)), "never NaN");
    }

    @Test
    void badOptionsAreRefusedNamingTheOption() {
        InitInputException e = assertThrows(InitInputException.class,
                () -> Strategies.create("fvt", Map.of("weighting", "cubic")));
        assertEquals(InitInputException.Reason.BAD_OPTION, e.reason());
        assertTrue(e.getMessage().contains("weighting"), e.getMessage());
        e = assertThrows(InitInputException.class, () -> Strategies.create("ziptie", Map.of("head", "last")));
        assertEquals(InitInputException.Reason.BAD_OPTION, e.reason());
    }
}
