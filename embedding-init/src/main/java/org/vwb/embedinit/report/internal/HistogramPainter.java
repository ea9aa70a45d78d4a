package org.vwb.embedinit.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.vwb.embedinit.report.HistogramSeries;

/// Draws [HistogramSeries] over shared bins as translucent step areas with a solid outline.
public final class HistogramPainter {
    private final int width;
    private final int height;

    /// A painter for images of the given size.
    public HistogramPainter(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /// The image.
    public BufferedImage paint(String title, String xLabel, List<HistogramSeries> series, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (HistogramSeries s : series) {
            for (double v : s.values()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        } else if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        List<double[]> shares = new ArrayList<>();
        double top = 0;
        for (HistogramSeries s : series) {
            double[] h = shares(s.values(), lo, hi, bins);
            shares.add(h);
            for (double v : h) {
                top = Math.max(top, v);
            }
        }
        List<String> labels = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (HistogramSeries s : series) {
            labels.add(s.label() + " (n=" + finiteCount(s.values()) + ")");
            colors.add(new Color(s.rgb()));
        }
        Canvas c = new Canvas(width, height, labels);
        c.range(lo, hi, 0, top > 0 ? top * 1.05 : 1);
        c.frame(title, xLabel, "share of rows per bin");
        for (int i = 0; i < series.size(); i++) {
            drawSteps(c, shares.get(i), lo, hi, colors.get(i));
        }
        c.legend(colors);
        return c.finish();
    }

    /// A translucent area closed along the x axis, outlined only along its top (so the axis keeps its colour).
    private static void drawSteps(Canvas c, double[] h, double lo, double hi, Color color) {
        int bins = h.length;
        double w = (hi - lo) / bins;
        Path2D.Double outline = new Path2D.Double();
        outline.moveTo(c.px(lo), c.py(0));
        for (int b = 0; b < bins; b++) {
            outline.lineTo(c.px(lo + b * w), c.py(h[b]));
            outline.lineTo(c.px(lo + (b + 1) * w), c.py(h[b]));
        }
        outline.lineTo(c.px(hi), c.py(0));
        Path2D.Double area = new Path2D.Double(outline);
        area.closePath();
        c.g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 70));
        c.g.fill(area);
        c.g.setColor(color);
        c.g.setStroke(new BasicStroke(1.6f));
        c.g.draw(outline);
        c.line(Canvas.AXIS, c.left, c.bottom, c.right, c.bottom);
    }

    /// Share of the finite values per bin (the last bin includes its upper edge).
    static double[] shares(double[] values, double lo, double hi, int bins) {
        double[] h = new double[bins];
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                int b = (int) Math.floor((v - lo) / (hi - lo) * bins);
                h[Math.max(0, Math.min(bins - 1, b))]++;
                n++;
            }
        }
        for (int b = 0; b < bins && n > 0; b++) {
            h[b] /= n;
        }
        return h;
    }

    private static int finiteCount(double[] values) {
        int n = 0;
        for (double v : values) {
            n += Double.isFinite(v) ? 1 : 0;
        }
        return n;
    }
}
