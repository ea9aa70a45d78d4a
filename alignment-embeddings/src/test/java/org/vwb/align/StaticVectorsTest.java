package org.vwb.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticVectorsTest {
    private final StaticVectors space = StaticVectors.of(List.of("king", "queen", "apple", "zero", "kings"),
            new float[] {1, 0.9f, 0, 0.9f, 1, 0, 0, 0, 1, 0, 0, 0, 2, 2, 0.1f}, 3);

    @Test
    void nearestRanksByCosineAndExcludesTheQueryWord() {
        List<Neighbor> n = space.nearest("king", 2);
        assertEquals(List.of("kings", "queen"), n.stream().map(Neighbor::word).toList());
        assertEquals(4, n.getFirst().index());
        assertTrue(n.get(0).score() > n.get(1).score());
        assertEquals(1.0f, space.nearest(new float[] {0, 0, 5}, 1).getFirst().score(), 1e-6f);
    }

    @Test
    void nearestSkipsZeroRowsAndReturnsNothingForAZeroOrUnknownQuery() {
        assertEquals(4, space.nearest(new float[] {1, 1, 1}, 10).size());
        assertEquals(List.of(), space.nearest(new float[] {0, 0, 0}, 3));
        assertEquals(List.of(), space.nearest("pear", 3));
    }

    @Test
    void normalizedRowsHaveUnitLengthAndZeroRowsStayZero() {
        StaticVectors n = space.normalized();
        float[] k = n.vector(0);
        assertEquals(1.0, Math.sqrt(k[0] * k[0] + k[1] * k[1] + k[2] * k[2]), 1e-6);
        assertArrayEquals(new float[3], n.vector("zero").orElseThrow());
        assertEquals(space.words(), n.words());
    }

    @Test
    void vectorForAnUnknownWordWithoutSubwordsIsZero() {
        assertArrayEquals(new float[3], space.vectorFor("pear"));
        assertArrayEquals(new float[] {0, 0, 1}, space.vectorFor("apple"));
        assertTrue(space.subwordSpec().isEmpty());
        assertEquals(List.of(), space.subwordsOf("apple"));
    }

    @Test
    void ofRejectsDuplicatesWrongSizesAndNaN() {
        assertThrows(IllegalArgumentException.class, () -> StaticVectors.of(List.of("a", "a"), new float[2], 1));
        assertThrows(IllegalArgumentException.class, () -> StaticVectors.of(List.of("a"), new float[2], 1));
        assertThrows(IllegalArgumentException.class, () -> StaticVectors.of(List.of("a"), new float[] {Float.NaN}, 1));
    }

    @Test
    void writeVecRefusesWordsWithSpaces(@TempDir Path tmp) {
        StaticVectors v = StaticVectors.of(List.of("new york"), new float[] {1}, 1);
        assertThrows(IllegalArgumentException.class, () -> v.writeVec(tmp.resolve("x.vec")));
    }
}
