package org.vwb.samples.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BpeTrainerTest {

    @Test
    void mergesTheMostFrequentPairFirstAndBreaksTiesLexically() {
        Map<String, Integer> units = new LinkedHashMap<>();
        units.put("▁low", 5);
        units.put("▁lower", 2);
        units.put("▁newest", 6);
        units.put("▁widest", 3);
        // e+s and s+t (9 each): "e" < "s" wins. Then the 7s: l+o beats o+w and ▁+l ('▁' U+2581 sorts
        // after ASCII). Then the 6s: e+w first, and then ew+est (6) beats n+ew.
        assertEquals(List.of("es", "est", "lo", "low", "▁low", "ew", "ewest"), BpeTrainer.train(units, 7));
    }

    @Test
    void stopsWhenNoPairIsLeft() {
        assertEquals(List.of("ab"), BpeTrainer.train(Map.of("ab", 1), 10));
    }

    @Test
    void unitsKeepWordsTogetherAndCjkAndDigitsApart() {
        assertEquals(List.of("▁Hello", ",", "▁world", "!", "▁", "4", "2", "▁", "中", "文", "▁it's"),
                Units.split("▁Hello,▁world!▁42▁中文▁it's"));
    }
}
