package org.vwb.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.vwb.numeric.LinearAlgebra;

class ProcrustesTest {
    private static final int N = 600;
    private static final int D = 16;

    /// A Gaussian source space, a random rotation `q` and a target `S·q + noise`; words s_i ↔ T_i
    /// (capitalised on the target side: only the casing variants pair them).
    private static PlantedSpaces.Planted planted(double noise, long seed) {
        return PlantedSpaces.of(N, D, noise, seed, "T");
    }

    private static BilingualDictionary pairs(int from, int to) {
        return PlantedSpaces.dictionary(from, to);
    }

    private static double maxAbsDiff(float[] a, float[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }

    @ParameterizedTest
    @EnumSource(LinearAlgebra.Backend.class)
    void recoversAPlantedRotationExactlyWithoutNoise(LinearAlgebra.Backend backend) {
        PlantedSpaces.Planted p = planted(0, 3);
        List<IndexPair> train = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            train.add(new IndexPair(i, i));
        }
        Alignment a = Procrustes.fit(p.source(), p.target(), train, LinearAlgebra.of(backend));
        assertTrue(maxAbsDiff(a.rotation(), p.q()) < 1e-4, "max |R - Q| = " + maxAbsDiff(a.rotation(), p.q()));
        assertTrue(a.orthogonalityError() < 1e-5, "orthogonality error " + a.orthogonalityError());
    }

    @Test
    void recoversARotatedNoisyCopyFromADictionaryAndTranslatesHeldOutWords() throws VectorFormatException {
        PlantedSpaces.Planted p = planted(0.1, 9);
        Alignment a = Procrustes.fit(p.source(), p.target(), pairs(0, 400));
        assertEquals(400, a.trainingPairs()); // s_i ↔ T_i found through title("t_i")
        assertTrue(maxAbsDiff(a.rotation(), p.q()) < 0.03, "max |R - Q| = " + maxAbsDiff(a.rotation(), p.q()));
        assertTrue(a.orthogonalityError() < 1e-5, "orthogonality error " + a.orthogonalityError());

        List<WordPair> capitalised = pairs(400, N).pairs().stream()
                .map(w -> new WordPair(w.source(), "T" + w.target().substring(1))).toList();
        TranslationScores scores = TranslationScores.evaluate(
                new CrossLingualRetriever(a.apply(p.source()), p.target(), CrossLingualRetriever.DEFAULT_CSLS_K),
                new BilingualDictionary(capitalised));
        assertEquals(N - 400, scores.queries());
        assertTrue(scores.nnP1() >= 0.99 && scores.cslsP1() >= 0.99, scores.toString());
    }

    @Test
    void aDictionaryWithoutOverlapIsAnError() {
        PlantedSpaces.Planted p = planted(0, 1);
        BilingualDictionary wrong = new BilingualDictionary(List.of(new WordPair("t1", "s1")));
        var e = assertThrows(VectorFormatException.class, () -> Procrustes.fit(p.source(), p.target(), wrong));
        assertEquals(VectorFormatException.Reason.EMPTY_OVERLAP, e.reason());
    }

    @Test
    void spacesOfDifferentDimensionCannotBeAligned() {
        StaticVectors a = StaticVectors.of(List.of("a"), new float[] {1, 0}, 2);
        StaticVectors b = StaticVectors.of(List.of("a"), new float[] {1, 0, 0}, 3);
        assertThrows(IllegalArgumentException.class,
                () -> Procrustes.fit(a, b, List.of(new IndexPair(0, 0)), LinearAlgebra.of(LinearAlgebra.Backend.SCALAR)));
    }
}
