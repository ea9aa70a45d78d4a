package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.paint.Color;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// The projection's dots stamped off the FX thread: the raster arrives on the FX thread, equals the one
/// stamped in place, and only the newest of several requests is delivered.
class DotStamperTest {

    private static final Color RED = Color.rgb(216, 27, 96);

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theStampedRasterArrivesOnTheFxThreadWithTheDotsInIt() throws Exception {
        DotStamper stamper = new DotStamper();
        List<PointRaster> got = new CopyOnWriteArrayList<>();
        List<Boolean> onFx = new CopyOnWriteArrayList<>();
        DotStamper.Dots dots = new DotStamper.Dots(20, 10, new double[] {5.5, 14}, new double[] {5.5, 3},
                new double[] {3.5, 2}, new Color[] {RED, Color.rgb(0, 0, 0, 0.5)});
        WaitForAsyncUtils.asyncFx(() -> stamper.stamp(dots, r -> {
            onFx.add(Platform.isFxApplicationThread());
            got.add(r);
        })).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !got.isEmpty());

        PointRaster expected = new PointRaster(20, 10, Color.WHITE);
        expected.dot(5.5, 5.5, 3.5, RED);
        expected.dot(14, 3, 2, Color.rgb(0, 0, 0, 0.5));
        assertEquals(List.of(true), onFx);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 20; x++) {
                assertEquals(expected.argb(x, y), got.getFirst().argb(x, y), "pixel " + x + ", " + y);
            }
        }
        assertEquals(0xffd81b60, got.getFirst().argb(5, 5));
    }

    @Test
    void aNewerRequestSupersedesAnOlderOne() throws Exception {
        DotStamper stamper = new DotStamper();
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            for (int width = 10; width <= 30; width += 10) {
                int w = width;
                stamper.stamp(new DotStamper.Dots(w, 5, new double[0], new double[0], new double[0], new Color[0]),
                        r -> delivered.add(w));
            }
        }).get(10, TimeUnit.SECONDS);
        // One stamping thread in request order, and the FX events in the order they were posted: an older
        // raster, wrongly delivered, would be in the list before the newest.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> delivered.contains(30));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(30), delivered);
    }
}
