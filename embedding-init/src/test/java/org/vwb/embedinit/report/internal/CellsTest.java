package org.vwb.embedinit.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellsTest {
    @Test
    void visibleSpellsOutInvisibleCharactersAndKeepsTheRest() {
        assertEquals("中文 x", Cells.visible("中文 x"), "a space inside a token stays a space");
        assertEquals("▁新", Cells.visible("▁新"));
        assertEquals("\\u{0020}", Cells.visible(" "), "a token that is only a space is spelled out");
        assertEquals("a\\u{200D}b", Cells.visible("a\u200Db"), "zero-width joiner");
        assertEquals("\\u{0009}x\\u{000A}", Cells.visible("\tx\n"));
        assertEquals("\\u{E000}", Cells.visible("\uE000"), "private use");
        assertEquals("∅", Cells.visible(""));
    }

    @Test
    void heaviestKeepsTheLargestWeightsInOrder() {
        int[] ids = {4, 1, 9, 2, 7, 3, 5, 6, 8, 0};
        double[] w = {0.05, 0.3, 0.05, 0.2, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05};
        var items = Cells.heaviest(new org.vwb.embedinit.report.DiagnosticsReport(java.util.List.of(), java.util.List.of(),
                org.vwb.embedinit.report.HeadMode.NONE, org.vwb.embedinit.report.DiagnosticsOptions.defaults(),
                java.util.List.of(), java.util.List.of(), java.util.List.of()), ids, w);
        assertEquals(Cells.MAX_SOURCES, items.size());
        assertEquals(java.util.List.of(1, 2, 3, 7, 0, 4, 5, 6), items.stream().map(Cells.Item::id).toList(),
                "by weight, ties by smaller id");
        assertEquals("#1", items.get(0).token());
    }
}
