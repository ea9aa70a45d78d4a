package org.vwb.embedinit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.embedinit.internal.focus.FocusSettings;
import org.vwb.embedinit.internal.focus.FocusStrategy;
import org.vwb.embedinit.internal.vectors.BlockedSimilarity;
import org.vwb.numeric.LinearAlgebra;

class FocusStrategyTest {

    @TempDir
    Path tmp;

    final StaticFixture f = new StaticFixture(StaticFixture.words("n", 6), 4);

    /// Auxiliary vectors keyed by target pieces: anchors random, new token `n_i` near anchors `w_2i` and
    /// `w_2i+1` (so that sparsemax has supports of more than one anchor).
    float[][] aux() {
        SplittableRandom random = new SplittableRandom(9);
        int n = StaticFixture.WORDS + f.newWords.size();
        float[][] v = new float[n][StaticFixture.VEC_DIM];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < StaticFixture.VEC_DIM; j++) {
                v[i][j] = (float) random.nextGaussian();
            }
        }
        for (int t = 0; t < f.newWords.size(); t++) {
            for (int j = 0; j < StaticFixture.VEC_DIM; j++) {
                v[StaticFixture.WORDS + t][j] = v[2 * t][j] + v[2 * t + 1][j] + 0.3f * v[StaticFixture.WORDS + t][j];
            }
        }
        return v;
    }

    Path auxFile(float[][] v) throws Exception {
        List<String> pieces = new ArrayList<>();
        float[] data = new float[v.length * StaticFixture.VEC_DIM];
        for (int i = 0; i < v.length; i++) {
            pieces.add(i < StaticFixture.WORDS ? "▁w" + i : "▁" + f.newWords.get(i - StaticFixture.WORDS));
            System.arraycopy(v[i], 0, data, i * StaticFixture.VEC_DIM, StaticFixture.VEC_DIM);
        }
        return StaticFixture.writeVec(tmp.resolve("aux.vec"), pieces, data, StaticFixture.VEC_DIM);
    }

    static FocusStrategy focus(Path vectors, Path corpus, long blockFloats) {
        return new FocusStrategy(new FocusSettings(vectors, corpus, 8, 3, 1, 5, 3, 0.05), blockFloats);
    }

    @Test
    void aRowsWeightsAreTheSparsemaxOfItsCosinesToTheAnchors() throws Exception {
        float[][] v = aux();
        InitProblem p = f.problem(false);
        InitResult r = focus(auxFile(v), null, BlockedSimilarity.DEFAULT_BLOCK_FLOATS).initialize(p, JobContext.silent());
        int widest = 0;
        for (int t = 0; t < f.newWords.size(); t++) {
            double[] cos = new double[StaticFixture.WORDS];
            for (int i = 0; i < cos.length; i++) {
                cos[i] = StaticFixture.cosine(v[StaticFixture.WORDS + t], v[i]);
            }
            double[] alpha = projectOntoSimplex(cos);
            TokenInit prov = r.provenance(MatrixRole.INPUT).get(t);
            assertEquals(Origin.MIXTURE, prov.origin());
            int[] ids = prov.sourceIds();
            double[] w = prov.weights();
            assertEquals(1.0, Arrays.stream(w).sum(), 1e-9);
            assertTrue(ids.length < StaticFixture.WORDS, "sparse");
            for (int k = 0; k < ids.length; k++) {
                assertTrue(w[k] > 0);
                assertEquals(alpha[ids[k] - StaticFixture.FIRST_WORD], w[k], 1e-5, "weight of base id " + ids[k]);
            }
            assertEquals(Arrays.stream(alpha).filter(a -> a > 1e-7).count(), ids.length, "support of token " + t);
            widest = Math.max(widest, ids.length);
            WechselStrategyTest.assertRow(StaticFixture.mix(f.input, ids, w), r.rows(MatrixRole.INPUT), t, 1e-5);
        }
        assertTrue(widest >= 2, "the fixture must exercise supports of more than one anchor");
    }

    @Test
    void anUntiedHeadGetsTheSameWeightsOverItsOwnRowsAndBlocksDoNotMatter() throws Exception {
        Path aux = auxFile(aux());
        InitProblem p = f.problem(true);
        InitResult big = focus(aux, null, BlockedSimilarity.DEFAULT_BLOCK_FLOATS).initialize(p, JobContext.silent());
        InitResult tiny = WechselStrategyTest.inPool(1, () -> focus(aux, null, 1).initialize(p, JobContext.silent()));
        for (int t = 0; t < f.newWords.size(); t++) {
            TokenInit out = big.provenance(MatrixRole.OUTPUT).get(t);
            assertArrayEquals(big.provenance(MatrixRole.INPUT).get(t).weights(), out.weights(), 0);
            WechselStrategyTest.assertRow(StaticFixture.mix(f.output, out.sourceIds(), out.weights()),
                    big.rows(MatrixRole.OUTPUT), t, 1e-5);
        }
        assertArrayEquals(big.rows(MatrixRole.INPUT).data(), tiny.rows(MatrixRole.INPUT).data());
        assertArrayEquals(big.rows(MatrixRole.OUTPUT).data(), tiny.rows(MatrixRole.OUTPUT).data());
    }

    @Test
    void aNewTokenWithAnAnchorsCanonicalFormIsCopiedButNeverFromAHeldOutRow() throws Exception {
        Path aux = auxFile(aux());
        // ' w3' (a piece stored with a literal space) has the canonical form ▁w3 of base id 6
        List<String> pieces = new ArrayList<>();
        for (int id = 0; id < f.target.size(); id++) {
            pieces.add(f.target.piece(id));
        }
        pieces.add(" w3");
        List<org.vwb.vocab.TokenKind> kinds = new ArrayList<>();
        for (int id = 0; id < f.target.size(); id++) {
            kinds.add(f.target.tokenKind(id));
        }
        kinds.add(org.vwb.vocab.TokenKind.NORMAL);
        FakeTokenizer target = new FakeTokenizer(pieces, kinds);
        NewToken w3 = new NewToken(target.size() - 1, " w3", " w3", new int[0]);
        NewToken n0 = new NewToken(f.base.size(), "▁n0", " n0", new int[0]);
        BitSet anchors = new BitSet();
        anchors.set(StaticFixture.FIRST_WORD, StaticFixture.FIRST_WORD + StaticFixture.WORDS);
        InitProblem p = new InitProblem(f.input, null, null, f.base, target, List.of(n0, w3), anchors, 1L,
                LinearAlgebra.get());
        InitResult r = focus(aux, null, BlockedSimilarity.DEFAULT_BLOCK_FLOATS).initialize(p, JobContext.silent());
        TokenInit copied = r.provenance().get(1);
        assertEquals(Origin.COPIED, copied.origin());
        assertArrayEquals(new int[] {StaticFixture.FIRST_WORD + 3}, copied.sourceIds());

        anchors.clear(StaticFixture.FIRST_WORD + 3); // held out: its row must not be copied nor mixed
        InitProblem heldOut = new InitProblem(f.input, null, null, f.base, target, List.of(n0, w3), anchors, 1L,
                LinearAlgebra.get());
        InitResult h = focus(aux, null, BlockedSimilarity.DEFAULT_BLOCK_FLOATS).initialize(heldOut, JobContext.silent());
        for (TokenInit t : h.provenance()) {
            assertTrue(Arrays.stream(t.sourceIds()).noneMatch(id -> id == StaticFixture.FIRST_WORD + 3), t.toString());
        }
    }

    @Test
    void theAuxiliarySpaceTrainedOnACorpusIsDeterministicAndTokensBelowMinCountAreUnplaced() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < 300; l++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 10; k++) {
                int t = random.nextInt(5); // n5 never occurs: no auxiliary vector
                b.append(random.nextInt(3) == 0 ? " n" + t : " w" + (2 * t + random.nextInt(2)));
            }
            lines.add(b.toString());
        }
        Path corpus = Files.write(tmp.resolve("zh.txt"), lines);
        InitProblem p = f.problem(false);
        InitResult a = focus(null, corpus, BlockedSimilarity.DEFAULT_BLOCK_FLOATS).initialize(p, JobContext.silent());
        InitResult b = focus(null, corpus, 1).initialize(p, JobContext.silent());
        assertArrayEquals(a.rows(MatrixRole.INPUT).data(), b.rows(MatrixRole.INPUT).data());
        for (int t = 0; t < 5; t++) {
            TokenInit prov = a.provenance().get(t);
            assertEquals(Origin.MIXTURE, prov.origin(), prov.toString());
            assertEquals(1.0, Arrays.stream(prov.weights()).sum(), 1e-9);
        }
        assertEquals(Origin.UNPLACED, a.provenance().get(5).origin());
        assertTrue(a.provenance().get(5).note().contains("▁n5"), a.provenance().get(5).note());
    }

    @Test
    void aMissingCorpusIsNamedAndTheTwoSourcesExcludeEachOther() throws Exception {
        Path missing = tmp.resolve("missing.txt");
        InitStrategy s = Strategies.create("focus", Map.of("corpus", missing.toString()));
        InitInputException e = assertThrows(InitInputException.class, () -> s.initialize(f.problem(false), JobContext.silent()));
        assertEquals(InitInputException.Reason.MISSING_RESOURCE, e.reason());
        assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
        InitInputException both = assertThrows(InitInputException.class, () -> Strategies.create("focus",
                Map.of("corpus", "a.txt", "vectors", "b.vec")));
        assertEquals(InitInputException.Reason.BAD_OPTION, both.reason());
        assertEquals(InitInputException.Reason.BAD_OPTION,
                assertThrows(InitInputException.class, () -> Strategies.create("focus", Map.of())).reason());
    }

    /// Sort-based Euclidean projection onto the simplex (Held et al.; Duchi et al. 2008), computed here
    /// independently of the strategy's partial-selection version.
    static double[] projectOntoSimplex(double[] z) {
        double[] s = z.clone();
        Arrays.sort(s);
        double cum = 0;
        double tau = 0;
        for (int k = 1; k <= s.length; k++) {
            double v = s[s.length - k];
            cum += v;
            if (1 + k * v > cum) {
                tau = (cum - 1) / k;
            }
        }
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = Math.max(z[i] - tau, 0);
        }
        return out;
    }
}
