package org.vwb.ui.internal;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.image.Image;

import org.vwb.common.Job;
import org.vwb.core.DiagnoseResult;
import org.vwb.embedinit.report.Plot;

/// The core's plots of one diagnostics run decoded into images on the job's thread, so that the FX thread
/// only shows them: the pulse in which a run lands is the longest of `GuiStallTest` (docs/BENCHMARKS.md),
/// and decoding PNGs is work it need not do. JavaFX images may be loaded on any thread. They are decoded at
/// the strip's size ([#STRIP_HEIGHT] pixels high), not the core's 960 × 520: the render thread converts
/// and scales every new image once, and at full size that took it tens of milliseconds per plot; the
/// full-size image is decoded when one is enlarged ([#fullImage]).
final class PlotImages {

    /// The height plots are decoded at for the strip: a little above its usual height in a 1280 × 800 window.
    static final int STRIP_HEIGHT = 360;

    private final Map<String, Image> byName;

    private PlotImages(Map<String, Image> byName) {
        this.byName = byName;
    }

    /// No decoded plots: [#image] decodes on demand.
    static PlotImages none() {
        return new PlotImages(new HashMap<>());
    }

    /// `job`, then its plots decoded, on the same (background) thread.
    static Job<Decoded> after(Job<DiagnoseResult> job) {
        return ctx -> {
            DiagnoseResult r = job.run(ctx);
            return new Decoded(r, decode(r.plots()));
        };
    }

    private static PlotImages decode(List<Plot> plots) {
        Map<String, Image> m = new HashMap<>();
        plots.forEach(p -> m.put(p.name(), toImage(p)));
        return new PlotImages(m);
    }

    /// The strip image of `plot`: the one decoded with the run, or decoded now.
    Image image(Plot plot) {
        return byName.computeIfAbsent(plot.name(), n -> toImage(plot));
    }

    /// `plot` at the core's own size, decoded now.
    static Image fullImage(Plot plot) {
        return new Image(new ByteArrayInputStream(plot.png()));
    }

    private static Image toImage(Plot plot) {
        return new Image(new ByteArrayInputStream(plot.png()), 0, STRIP_HEIGHT, true, true);
    }

    /// A diagnostics run with its plots decoded.
    record Decoded(DiagnoseResult result, PlotImages images) {
    }
}
