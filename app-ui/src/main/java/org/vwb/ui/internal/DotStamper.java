package org.vwb.ui.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.paint.Color;

/// Stamps a projection's dots into a [PointRaster] on a thread of its own and hands the raster to the
/// FX thread. Why: stamping ~3,900 anti-aliased dots is pure arithmetic, but the first time after a run
/// lands it runs as cold code, while the JIT is busy with the freshly hot table and layout code: in
/// `GuiStallTest` it took 27 of the FX thread's 36 profile samples (JFR, 1 ms) of the run's longest pulse
/// gap (176 ms), and 45–75 ms of FX CPU in one pulse. Off the FX thread it costs that thread nothing;
/// the chart shows the dots a few milliseconds later.
final class DotStamper {

    /// One thread for every chart: a stamp takes milliseconds and a newer request makes older ones moot.
    /// Below the FX and render threads ([ThreadNice]): on 2 cores a cold stamp took 15–35 ms of a core in
    /// the pulses right after a run lands, when those two need both.
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(() -> {
            ThreadNice.lowerCurrentThread(ThreadNice.BELOW_FX);
            r.run();
        }, "vwb-projection");
        t.setDaemon(true);
        return t;
    });

    /// The dots to stamp: centres in pixels, radii, colours (with their opacity), in drawing order.
    record Dots(int width, int height, double[] x, double[] y, double[] radius, Color[] colour) {
    }

    /// The newest request's number; written on the FX thread only, read on the stamping thread too.
    private volatile long latest;

    /// Stamps `dots` off the FX thread and then, on the FX thread, gives the raster to `done` — unless a
    /// newer [#stamp] came in the meantime (its raster is the one that counts). Call on the FX thread.
    void stamp(Dots dots, Consumer<PointRaster> done) {
        long request = ++latest;
        THREAD.execute(() -> {
            if (request != latest) {
                return; // a newer request is queued behind this one
            }
            PointRaster raster = new PointRaster(dots.width(), dots.height(), Color.WHITE);
            for (int i = 0; i < dots.x().length; i++) {
                raster.dot(dots.x()[i], dots.y()[i], dots.radius()[i], dots.colour()[i]);
            }
            Platform.runLater(() -> {
                if (request == latest) {
                    done.accept(raster);
                }
            });
        });
    }
}
