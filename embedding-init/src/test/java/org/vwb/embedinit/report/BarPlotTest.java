package org.vwb.embedinit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarPlotTest {
    private static final int RED = 0xD62728;

    /// Heights (pixels of the bar colour) of the runs of adjacent columns that contain it, left to right.
    private static List<Integer> barHeights(BufferedImage img, int rgb) {
        List<Integer> heights = new ArrayList<>();
        int current = -1;
        for (int x = 0; x < img.getWidth(); x++) {
            int n = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                n += (img.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
            if (n > 0 && current < 0) {
                current = n;
            } else if (n > 0) {
                current = Math.max(current, n);
            } else if (current >= 0) {
                heights.add(current);
                current = -1;
            }
        }
        return heights;
    }

    @Test
    void barHeightsAreProportionalToTheValuesOnAZeroBasedAxis() {
        BufferedImage img = Plots.bars("t", "x", "y", List.of(new BarGroup("a", false), new BarGroup("b", true),
                new BarGroup("c", false)), List.of(new BarSeries("MRR", new double[] {0.25, 0.5, Double.NaN}, RED)),
                1.0, 600, 400);
        List<Integer> h = barHeights(img, RED);
        // the legend swatch is a short run too (10 px); the bars are the tall ones, the NaN draws none
        List<Integer> bars = h.stream().filter(x -> x > 20).toList();
        assertEquals(2, bars.size(), h.toString());
        assertEquals(2.0, bars.get(1) / (double) bars.get(0), 0.05, bars.toString());
    }

    @Test
    void aSeriesWithoutOneValuePerGroupIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Plots.bars("t", "x", "y",
                List.of(new BarGroup("a", false)), List.of(new BarSeries("P@1", new double[] {0.1, 0.2}, RED)), 1.0,
                400, 300));
        assertTrue(e.getMessage().contains("series 'P@1' has 2 values for 1 groups"), e.getMessage());
    }
}
