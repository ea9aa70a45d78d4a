package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;

import org.junit.jupiter.api.Test;

/// The projection's dots stamped into pixels: full colour inside, the background outside, a blend at
/// the rim and for translucent colours.
class PointRasterTest {

    private static final int WHITE = 0xffffffff;

    @Test
    void aDotCoversItsCentreAndLeavesTheRestAlone() {
        PointRaster r = new PointRaster(20, 10, Color.WHITE);
        r.dot(5.5, 5.5, 3.5, Color.rgb(216, 27, 96));
        assertEquals(0xffd81b60, r.argb(5, 5));
        assertEquals(0xffd81b60, r.argb(7, 5), "two pixels from the centre is inside a 3.5 px radius");
        assertEquals(WHITE, r.argb(5, 0), "five pixels above the centre is outside");
        assertEquals(WHITE, r.argb(15, 5));
        assertEquals(WHITE, r.argb(0, 0));
    }

    @Test
    void theRimIsBlendedWithTheBackground() {
        PointRaster r = new PointRaster(20, 20, Color.WHITE);
        r.dot(9.5, 10.5, 3, Color.BLACK);
        // Pixel 12's centre (12.5, 10.5) is on the rim, 3 from the dot's: half covered, half black over white.
        int rim = r.argb(12, 10) & 0xff;
        assertTrue(rim > 100 && rim < 155, "rim grey " + rim);
        assertEquals(0xff000000, r.argb(10, 10));
        assertEquals(WHITE, r.argb(13, 10), "a pixel whose centre is half a pixel beyond the rim stays white");
    }

    @Test
    void aTranslucentDotMixesWithWhatIsBelow() {
        PointRaster r = new PointRaster(10, 10, Color.WHITE);
        r.dot(5, 5, 2, Color.rgb(0, 0, 0, 0.5));
        assertEquals(0xff808080, r.argb(4, 4));
        r.dot(5, 5, 2, Color.rgb(0, 0, 0, 0.5));
        assertEquals(0xff404040, r.argb(4, 4), "a second dot darkens the first");
    }

    @Test
    void dotsAtTheEdgeAreClipped() {
        PointRaster r = new PointRaster(8, 8, Color.WHITE);
        r.dot(-1, 7.5, 3, Color.BLACK);
        r.dot(50, 50, 3, Color.BLACK);
        assertEquals(0xff000000, r.argb(0, 7));
        assertEquals(WHITE, r.argb(7, 0));
    }

    @Test
    void anEmptyBufferIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PointRaster(0, 5, Color.WHITE));
    }
}
