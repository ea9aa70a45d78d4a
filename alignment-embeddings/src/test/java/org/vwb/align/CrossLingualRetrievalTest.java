package org.vwb.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class CrossLingualRetrievalTest {

    @Test
    void cslsDemotesAHubThatNearestNeighbourPicks() {
        // the hub has cosine 0.577 to every source; "right" has 0.55 to x1 and is far from the others
        StaticVectors src = StaticVectors.of(List.of("x1", "x2", "x3"), new float[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, 3);
        StaticVectors tgt = StaticVectors.of(List.of("hub", "right"), new float[] {1, 1, 1, 0.55f, -0.59f, -0.59f}, 3);
        CrossLingualRetriever r = new CrossLingualRetriever(src, tgt, 2);
        assertEquals("hub", r.translate("x1", 1, Retrieval.NN).getFirst().word());
        assertEquals("right", r.translate("x1", 1, Retrieval.CSLS).getFirst().word());
        float cos = r.translate("x1", 2, Retrieval.NN).get(1).score();
        assertEquals(0.55 / Math.sqrt(0.55 * 0.55 + 2 * 0.59 * 0.59), cos, 1e-6);
        assertEquals(List.of(), r.translate("unknown", 1, Retrieval.CSLS));
    }

    @Test
    void theTrueRotationTranslatesAPlantedRotatedNoisyCopyAndTheIdentityDoesNot() {
        int n = 1200;
        int d = 16;
        SplittableRandom rnd = new SplittableRandom(42);
        float[] s = new float[n * d];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) rnd.nextGaussian();
        }
        float[] q = randomOrthogonal(d, rnd);
        float[] t = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double acc = 0;
                for (int m = 0; m < d; m++) {
                    acc += s[i * d + m] * q[m * d + j];
                }
                t[i * d + j] = (float) (acc + 0.05 * rnd.nextGaussian());
            }
        }
        List<String> sw = new ArrayList<>();
        List<String> tw = new ArrayList<>();
        List<WordPair> test = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sw.add("s" + i);
            tw.add("t" + i);
            if (i % 4 == 0) {
                test.add(new WordPair("s" + i, "t" + i));
            }
        }
        test.add(new WordPair("missing", "t1"));
        StaticVectors source = StaticVectors.of(sw, s, d);
        StaticVectors target = StaticVectors.of(tw, t, d);
        BilingualDictionary dict = new BilingualDictionary(test);

        TranslationScores mapped = TranslationScores.evaluate(
                new CrossLingualRetriever(source.transformed(q), target, CrossLingualRetriever.DEFAULT_CSLS_K), dict);
        assertEquals(n / 4, mapped.queries());
        assertEquals(1, mapped.skipped());
        assertTrue(mapped.nnP1() >= 0.99 && mapped.cslsP1() >= 0.99, mapped.toString());
        assertTrue(mapped.nnP5() >= mapped.nnP1() && mapped.cslsP5() >= mapped.cslsP1(), mapped.toString());

        float[] identity = new float[d * d];
        for (int j = 0; j < d; j++) {
            identity[j * d + j] = 1;
        }
        TranslationScores unmapped = TranslationScores.evaluate(
                new CrossLingualRetriever(source.transformed(identity), target, 10), dict);
        assertTrue(unmapped.nnP1() < 0.05 && unmapped.cslsP5() < 0.1, unmapped.toString());
    }

    @Test
    void rejectsSpacesOfDifferentDimension() {
        StaticVectors a = StaticVectors.of(List.of("a"), new float[] {1, 0}, 2);
        StaticVectors b = StaticVectors.of(List.of("b"), new float[] {1, 0, 0}, 3);
        assertThrows(IllegalArgumentException.class, () -> new CrossLingualRetriever(a, b, 10));
    }

    /// Gram–Schmidt on a Gaussian matrix: a random orthogonal matrix, row-major.
    static float[] randomOrthogonal(int d, SplittableRandom rnd) {
        double[][] m = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                m[i][j] = rnd.nextGaussian();
            }
            for (int p = 0; p < i; p++) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += m[i][j] * m[p][j];
                }
                for (int j = 0; j < d; j++) {
                    m[i][j] -= dot * m[p][j];
                }
            }
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += m[i][j] * m[i][j];
            }
            for (int j = 0; j < d; j++) {
                m[i][j] /= Math.sqrt(norm);
            }
        }
        float[] out = new float[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                out[i * d + j] = (float) m[i][j];
            }
        }
        return out;
    }
}
