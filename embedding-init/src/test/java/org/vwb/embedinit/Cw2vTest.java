package org.vwb.embedinit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.numeric.FloatMatrix;

class Cw2vTest {

    @TempDir
    Path dir;

    final Cw2vFixture fx = new Cw2vFixture();

    Cw2v.Outcome run(boolean tied, String... options) throws Exception {
        Map<String, String> o = new HashMap<>();
        o.put("corpus", fx.corpus(dir, 2000).toString());
        o.put("candidates", "8");
        o.put("subsample", "0");
        // five epochs over 2,000 short lines: a larger step than the default to get far from the start
        o.put("lr", "0.05");
        for (String kv : options) {
            o.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        return Cw2v.train(fx.problem(tied, 7), Cw2vOptions.parse(o), JobContext.silent());
    }

    @Test
    void weightsAreAConvexMixtureThatReproducesTheRow() throws Exception {
        Cw2v.Outcome out = run(true);
        TokenInit zq = out.result().provenance(MatrixRole.INPUT).get(0);
        assertEquals(Origin.MIXTURE, zq.origin());
        assertTrue(zq.convexByConstruction(), "weights ≥ 0 summing to 1");
        assertEquals(8, zq.sourceIds().length);
        double sum = 0;
        float[] expected = new float[Cw2vFixture.DIM];
        for (int k = 0; k < zq.weights().length; k++) {
            assertTrue(zq.weights()[k] >= 0);
            sum += zq.weights()[k];
            for (int j = 0; j < expected.length; j++) {
                expected[j] += (float) (zq.weights()[k] * fx.input.get(zq.sourceIds()[k], j));
            }
        }
        assertEquals(1.0, sum, 1e-12);
        assertArrayEquals(expected, Cw2vFixture.row(out.result().rows(MatrixRole.INPUT), 0), 1e-6f);
    }

    @Test
    void plantedContextsPullTheNewRowToTheWordItReplaces() throws Exception {
        Cw2v.Outcome start = run(false, "lr=1e-9");
        Cw2v.Outcome out = run(false);
        for (MatrixRole role : MatrixRole.values()) {
            FloatMatrix base = role == MatrixRole.INPUT ? fx.input : fx.output;
            float[] xa = Cw2vFixture.row(base, fx.id("▁xa"));
            double before = Cw2vFixture.cosine(Cw2vFixture.row(start.result().rows(role), 0), xa);
            float[] trained = Cw2vFixture.row(out.result().rows(role), 0);
            double after = Cw2vFixture.cosine(trained, xa);
            assertTrue(after > before + 0.3, role + ": cosine to xa " + before + " → " + after);
            assertEquals(fx.id("▁xa"), nearest(base, trained), role + ": nearest base row");
        }
    }

    static int nearest(FloatMatrix base, float[] row) {
        int nearest = -1;
        double best = -2;
        for (int i = 1; i < base.rows(); i++) {
            double c = Cw2vFixture.cosine(row, Cw2vFixture.row(base, i));
            if (c > best) {
                best = c;
                nearest = i;
            }
        }
        return nearest;
    }

    @Test
    void lossFallsFromEpochToEpoch() throws Exception {
        Cw2v.Outcome out = run(false, "epochs=3");
        double[] losses = out.trace().losses();
        assertTrue(out.trace().firstBatchLoss() > losses[0], "first batch " + out.trace().firstBatchLoss());
        for (int e = 1; e < losses.length; e++) {
            assertTrue(losses[e] < losses[e - 1], "epoch losses " + Arrays.toString(losses));
        }
        assertTrue(losses[2] < losses[0] - 0.1, "epoch losses " + Arrays.toString(losses));
    }

    @Test
    void untiedHeadRowsMixTheHeadMatrix() throws Exception {
        Cw2v.Outcome out = run(false);
        TokenInit head = out.result().provenance(MatrixRole.OUTPUT).get(0);
        assertEquals(Origin.MIXTURE, head.origin());
        assertTrue(head.convexByConstruction());
        float[] fromHead = mix(fx.output, head);
        assertArrayEquals(fromHead, Cw2vFixture.row(out.result().rows(MatrixRole.OUTPUT), 0), 1e-6f);
        float[] fromInput = mix(fx.input, head);
        assertTrue(Cw2vFixture.cosine(fromHead, fromInput) < 0.9, "head row is not the input matrix's mixture");
        TokenInit in = out.result().provenance(MatrixRole.INPUT).get(0);
        assertArrayEquals(mix(fx.input, in), Cw2vFixture.row(out.result().rows(MatrixRole.INPUT), 0), 1e-6f);
    }

    static float[] mix(FloatMatrix m, TokenInit t) {
        float[] out = new float[m.cols()];
        for (int k = 0; k < t.sourceIds().length; k++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += (float) (t.weights()[k] * m.get(t.sourceIds()[k], j));
            }
        }
        return out;
    }

    @Test
    void sameSeedSameRowsForOneOrTwoThreads() throws Exception {
        Cw2v.Outcome one = run(false, "threads=1", "batch=1024");
        Cw2v.Outcome two = run(false, "threads=2", "batch=1024");
        Cw2v.Outcome again = run(false, "threads=2", "batch=1024");
        for (MatrixRole role : MatrixRole.values()) {
            assertArrayEquals(one.result().rows(role).data(), two.result().rows(role).data(), role.label());
            assertArrayEquals(two.result().rows(role).data(), again.result().rows(role).data(), role.label());
            assertArrayEquals(one.result().provenance(role).get(0).weights(),
                    two.result().provenance(role).get(0).weights(), 0.0);
        }
        assertArrayEquals(one.trace().losses(), two.trace().losses(), 0.0);
        Map<String, String> o = new HashMap<>(Map.of("corpus", fx.corpus(dir, 2000).toString(), "subsample", "0",
                "candidates", "8", "batch", "1024", "lr", "0.05"));
        Cw2v.Outcome otherSeed = Cw2v.train(fx.problem(false, 8), Cw2vOptions.parse(o), JobContext.silent());
        assertFalse(Arrays.equals(one.result().rows(MatrixRole.INPUT).data(),
                otherSeed.result().rows(MatrixRole.INPUT).data()), "the seed matters");
    }

    @Test
    void missingCorpusIsAMissingResourceNamingThePath() {
        Path missing = dir.resolve("no-such-corpus.txt");
        InitInputException atCreate = assertThrows(InitInputException.class,
                () -> Strategies.create("cw2v", Map.of("corpus", missing.toString())));
        assertEquals(InitInputException.Reason.MISSING_RESOURCE, atCreate.reason());
        assertTrue(atCreate.getMessage().contains(missing.toString()), atCreate.getMessage());
        InitInputException atRun = assertThrows(InitInputException.class, () -> Cw2v.train(fx.problem(true, 7),
                Cw2vOptions.parse(Map.of("corpus", missing.toString())), JobContext.silent()));
        assertEquals(InitInputException.Reason.MISSING_RESOURCE, atRun.reason());
        assertTrue(atRun.getMessage().contains(missing.toString()), atRun.getMessage());
    }

    @Test
    void tokensAbsentFromTheCorpusAreLeftToTheFallback() throws Exception {
        Cw2v.Outcome out = run(true);
        TokenInit qq = out.result().provenance(MatrixRole.INPUT).get(1);
        assertEquals(Origin.UNPLACED, qq.origin());
        assertTrue(qq.note().contains("not in the corpus"), qq.note());
        assertEquals(1, out.trace().unplacedTokens());
        InitStrategy cw2v = Strategies.create("cw2v", Map.of("corpus", fx.corpus(dir, 2000).toString(),
                "subsample", "0", "candidates", "8"));
        InitResult all = Initializer.run(fx.problem(true, 7), cw2v, new org.vwb.embedinit.internal.MeanStrategy(),
                true, JobContext.silent());
        assertEquals("cw2v", all.provenance().get(0).method());
        assertEquals("mean", all.provenance().get(1).method());
        assertEquals(Origin.MEAN, all.provenance().get(1).origin());
    }

    @Test
    void tokensBelowMinCountAreUnplaced() throws Exception {
        Cw2v.Outcome out = run(true, "min-count=100000");
        TokenInit zq = out.result().provenance(MatrixRole.INPUT).get(0);
        assertEquals(Origin.UNPLACED, zq.origin());
        assertTrue(zq.note().contains("below min-count 100000"), zq.note());
        assertEquals(0, out.trace().epochs().size());
    }

    @Test
    void exactFormMixesEveryAnchorAndFindsThePlantedWord() throws Exception {
        Cw2v.Outcome start = run(false, "form=exact", "lr=1e-9");
        Cw2v.Outcome out = run(false, "form=exact");
        TokenInit zq = out.result().provenance(MatrixRole.INPUT).get(0);
        assertEquals(fx.input.rows() - 1, zq.sourceIds().length, "every anchor");
        assertTrue(zq.convexByConstruction());
        assertArrayEquals(mix(fx.input, zq), Cw2vFixture.row(out.result().rows(MatrixRole.INPUT), 0), 1e-6f);
        float[] xa = Cw2vFixture.row(fx.output, fx.id("▁xa"));
        double before = Cw2vFixture.cosine(Cw2vFixture.row(start.result().rows(MatrixRole.OUTPUT), 0), xa);
        double after = Cw2vFixture.cosine(Cw2vFixture.row(out.result().rows(MatrixRole.OUTPUT), 0), xa);
        assertTrue(after > before + 0.3, "head row's cosine to xa " + before + " → " + after);
    }

    @Test
    void lowRankExactFormTrainsAndRecordsItsMixture() throws Exception {
        Cw2v.Outcome out = run(false, "form=exact", "dim-rank=4", "epochs=3");
        double[] losses = out.trace().losses();
        assertTrue(losses[2] < losses[0], Arrays.toString(losses));
        for (MatrixRole role : MatrixRole.values()) {
            TokenInit t = out.result().provenance(role).get(0);
            assertTrue(t.convexByConstruction());
            FloatMatrix base = role == MatrixRole.INPUT ? fx.input : fx.output;
            assertArrayEquals(mix(base, t), Cw2vFixture.row(out.result().rows(role), 0), 1e-6f);
        }
    }

    @Test
    void dimRankIsRefusedForTheTopKForm() {
        InitInputException e = assertThrows(InitInputException.class,
                () -> Cw2vOptions.parse(Map.of("corpus", "c.txt", "dim-rank", "8")));
        assertEquals(InitInputException.Reason.BAD_OPTION, e.reason());
        assertTrue(e.getMessage().contains("dim-rank"), e.getMessage());
    }
}
