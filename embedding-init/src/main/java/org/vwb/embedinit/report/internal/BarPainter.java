package org.vwb.embedinit.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.vwb.embedinit.report.BarGroup;
import org.vwb.embedinit.report.BarSeries;

/// Draws grouped bars: one group per category along x, one bar per [BarSeries] inside each group, the value
/// written above each bar when it fits.
public final class BarPainter {
    /// Share of a group's slot the bars fill (the rest separates the groups).
    private static final double FILL = 0.78;

    private final int width;
    private final int height;

    /// A painter for images of the given size.
    public BarPainter(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /// The image; the y axis runs from 0 to `yMax` (values beyond it are drawn to the top edge).
    ///
    /// @throws IllegalArgumentException when a series has not one value per group, or `yMax` is not positive
    public BufferedImage paint(String title, String xLabel, String yLabel, List<BarGroup> groups,
                               List<BarSeries> series, double yMax) {
        if (!(yMax > 0)) {
            throw new IllegalArgumentException("yMax must be positive, was " + yMax);
        }
        List<String> labels = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (BarSeries s : series) {
            if (s.values().length != groups.size()) {
                throw new IllegalArgumentException("series '" + s.label() + "' has " + s.values().length
                        + " values for " + groups.size() + " groups");
            }
            labels.add(s.label());
            colors.add(new Color(s.rgb()));
        }
        Canvas c = new Canvas(width, height, labels);
        c.range(-0.5, Math.max(1, groups.size()) - 0.5, 0, yMax);
        c.frameCategories(title, xLabel, yLabel, groups.stream().map(BarGroup::label).toList(),
                groups.stream().map(BarGroup::muted).toList());
        double bar = series.isEmpty() ? 0 : FILL / series.size();
        c.g.setFont(Canvas.font(Font.PLAIN, 10f));
        FontMetrics fm = c.g.getFontMetrics();
        for (int gi = 0; gi < groups.size(); gi++) {
            for (int si = 0; si < series.size(); si++) {
                double v = series.get(si).values()[gi];
                if (Double.isFinite(v)) {
                    double x = gi - FILL / 2 + si * bar;
                    drawBar(c, x, bar, Math.max(0, Math.min(v, yMax)), colors.get(si), fm, v);
                }
            }
        }
        c.line(Canvas.AXIS, c.left, c.bottom, c.right, c.bottom);
        c.legend(colors);
        return c.finish();
    }

    private static void drawBar(Canvas c, double x, double w, double h, Color color, FontMetrics fm, double value) {
        double x0 = c.px(x);
        double x1 = c.px(x + w);
        double y = c.py(h);
        Rectangle2D.Double r = new Rectangle2D.Double(x0 + 1, y, Math.max(1, x1 - x0 - 2), c.bottom - y);
        c.g.setColor(color);
        c.g.fill(r);
        c.g.setColor(color.darker());
        c.g.setStroke(new BasicStroke(0.8f));
        c.g.draw(r);
        String text = Ticks.format(Math.round(value * 1000) / 1000.0);
        if (fm.stringWidth(text) <= x1 - x0 + 4) {
            c.g.setColor(Color.BLACK);
            c.g.drawString(text, (float) ((x0 + x1) / 2 - fm.stringWidth(text) / 2.0), (float) y - 3);
        }
    }
}
