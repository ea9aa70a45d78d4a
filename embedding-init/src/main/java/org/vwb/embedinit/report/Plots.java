package org.vwb.embedinit.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.vwb.embedinit.report.internal.BarPainter;
import org.vwb.embedinit.report.internal.HistogramPainter;
import org.vwb.embedinit.report.internal.ScatterPainter;

/// The one plotting code path of the workbench (the report and the GUI both use it): Java2D into a
/// [BufferedImage], no window system needed (works headless), text in a font that covers CJK when one
/// is installed ("WenQuanYi Micro Hei", else Java's logical `SansSerif`, which falls back through
/// fontconfig).
public final class Plots {
    private Plots() {}

    /// A histogram of several series over shared bins, each drawn as the share of its values per bin.
    ///
    /// @param bins number of bins, ≥ 1
    public static BufferedImage histogram(String title, String xLabel, List<HistogramSeries> series, int bins,
                                          int width, int height) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, was " + bins);
        }
        return new HistogramPainter(width, height).paint(title, xLabel, series, bins);
    }

    /// A scatter plot of the layers, in order.
    public static BufferedImage scatter(String title, String xLabel, String yLabel, List<ScatterLayer> layers,
                                        int width, int height) {
        return new ScatterPainter(width, height).paint(title, xLabel, yLabel, layers);
    }

    /// Grouped bars: one group per category, one bar per series in each, the y axis from 0 to `yMax`.
    ///
    /// @throws IllegalArgumentException when a series has not one value per group, or `yMax` is not positive
    public static BufferedImage bars(String title, String xLabel, String yLabel, List<BarGroup> groups,
                                     List<BarSeries> series, double yMax, int width, int height) {
        return new BarPainter(width, height).paint(title, xLabel, yLabel, groups, series, yMax);
    }

    /// The image as PNG bytes.
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }
}
