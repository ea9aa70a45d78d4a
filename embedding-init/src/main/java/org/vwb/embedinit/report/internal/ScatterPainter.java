package org.vwb.embedinit.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.vwb.embedinit.report.ScatterLayer;

/// Draws [ScatterLayer]s in order, with optional point labels on a white halo so they stay readable
/// over dense points.
public final class ScatterPainter {
    private final int width;
    private final int height;

    /// A painter for images of the given size.
    public ScatterPainter(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /// The image.
    public BufferedImage paint(String title, String xLabel, String yLabel, List<ScatterLayer> layers) {
        double[] box = bounds(layers);
        List<String> labels = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (ScatterLayer l : layers) {
            labels.add(l.label() + " (" + l.x().length + ")");
            colors.add(new Color(l.rgb()));
        }
        Canvas c = new Canvas(width, height, labels);
        double padX = (box[1] - box[0]) * 0.05;
        double padY = (box[3] - box[2]) * 0.05;
        c.range(box[0] - padX, box[1] + padX, box[2] - padY, box[3] + padY);
        c.frame(title, xLabel, yLabel);
        c.g.setClip(c.left + 1, c.top, c.right - c.left, c.bottom - c.top); // labels near an edge are cut, not drawn over the legend
        for (ScatterLayer l : layers) {
            Color color = new Color(l.rgb());
            Color fill = new Color(color.getRed(), color.getGreen(), color.getBlue(), l.radius() <= 2 ? 110 : 200);
            double r = l.radius();
            for (int i = 0; i < l.x().length; i++) {
                if (Double.isFinite(l.x()[i]) && Double.isFinite(l.y()[i])) {
                    Ellipse2D.Double dot = new Ellipse2D.Double(c.px(l.x()[i]) - r, c.py(l.y()[i]) - r, 2 * r, 2 * r);
                    c.g.setColor(fill);
                    c.g.fill(dot);
                    if (r > 2) {
                        c.g.setColor(color.darker());
                        c.g.setStroke(new BasicStroke(0.8f));
                        c.g.draw(dot);
                    }
                }
            }
        }
        for (ScatterLayer l : layers) {
            drawLabels(c, l);
        }
        c.g.setClip(null);
        c.legend(colors);
        return c.finish();
    }

    private static void drawLabels(Canvas c, ScatterLayer l) {
        c.g.setFont(Canvas.font(Font.PLAIN, 13f));
        FontMetrics fm = c.g.getFontMetrics();
        for (int i = 0; i < l.labels().size(); i++) {
            String s = l.labels().get(i);
            if (s.isBlank() || !Double.isFinite(l.x()[i]) || !Double.isFinite(l.y()[i])) {
                continue;
            }
            float x = (float) c.px(l.x()[i]) + l.radius() + 3;
            float y = (float) c.py(l.y()[i]) + fm.getAscent() / 2f - 1;
            c.g.setColor(new Color(255, 255, 255, 200));
            c.g.fillRect((int) x - 1, (int) (y - fm.getAscent()), fm.stringWidth(s) + 2, fm.getHeight());
            c.g.setColor(new Color(l.rgb()).darker());
            c.g.drawString(s, x, y);
        }
    }

    /// `{xMin, xMax, yMin, yMax}` over every finite point; a unit box when there is none.
    private static double[] bounds(List<ScatterLayer> layers) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (ScatterLayer l : layers) {
            for (int i = 0; i < l.x().length; i++) {
                if (Double.isFinite(l.x()[i]) && Double.isFinite(l.y()[i])) {
                    b[0] = Math.min(b[0], l.x()[i]);
                    b[1] = Math.max(b[1], l.x()[i]);
                    b[2] = Math.min(b[2], l.y()[i]);
                    b[3] = Math.max(b[3], l.y()[i]);
                }
            }
        }
        if (b[0] > b[1]) {
            return new double[] {0, 1, 0, 1};
        }
        for (int k = 0; k < 4; k += 2) {
            if (b[k] == b[k + 1]) {
                b[k] -= 0.5;
                b[k + 1] += 0.5;
            }
        }
        return b;
    }
}
