package org.vwb.embedinit.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/// A white image with a title, a plot area with axes, nice tick marks and a legend: the frame every
/// painter draws into. Data coordinates map linearly onto the plot area.
final class Canvas {
    static final Color AXIS = new Color(0x44, 0x44, 0x44);
    static final Color GRID = new Color(0xE6, 0xE6, 0xE6);
    private static final String CJK_FAMILY = "WenQuanYi Micro Hei";
    private static final String FAMILY = chooseFamily();

    final BufferedImage image;
    final Graphics2D g;
    final int left;
    final int top;
    final int right;
    final int bottom;
    private double x0;
    private double x1;
    private double y0;
    private double y1;

    private final List<String> legendLabels;
    private final int legendWidth;

    /// A canvas whose legend (one entry per label) sits right of the plot area, never over the data.
    Canvas(int width, int height, List<String> legendLabels) {
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("plot size must be at least 200 × 150, was " + width + " × " + height);
        }
        this.legendLabels = List.copyOf(legendLabels);
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(font(Font.PLAIN, 12f));
        int w = 0;
        for (String l : this.legendLabels) {
            w = Math.max(w, g.getFontMetrics().stringWidth(l));
        }
        legendWidth = this.legendLabels.isEmpty() ? 0 : Math.min(w + 34, width / 3);
        left = 78;
        top = 44;
        right = width - 24 - (legendWidth == 0 ? 0 : legendWidth + 12);
        bottom = height - 58;
    }

    /// A font that covers CJK when such a font is installed.
    static Font font(int style, float size) {
        return new Font(FAMILY, style, 12).deriveFont(size);
    }

    private static String chooseFamily() {
        try {
            String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
            return Arrays.asList(names).contains(CJK_FAMILY) ? CJK_FAMILY : Font.SANS_SERIF;
        } catch (InternalError | UnsatisfiedLinkError e) {
            return Font.SANS_SERIF; // a runtime without font configuration still draws with the logical font
        }
    }

    void range(double xMin, double xMax, double yMin, double yMax) {
        x0 = xMin;
        x1 = xMax > xMin ? xMax : xMin + 1;
        y0 = yMin;
        y1 = yMax > yMin ? yMax : yMin + 1;
    }

    double px(double x) {
        return left + (x - x0) / (x1 - x0) * (right - left);
    }

    double py(double y) {
        return bottom - (y - y0) / (y1 - y0) * (bottom - top);
    }

    /// Title, grid, axes, ticks and axis labels.
    void frame(String title, String xLabel, String yLabel) {
        title(title);
        FontMetrics fm = g.getFontMetrics();
        for (double t : Ticks.of(x0, x1, 8)) {
            float x = (float) px(t);
            line(GRID, x, top, x, bottom);
            String s = Ticks.format(t);
            g.setColor(AXIS);
            g.drawString(s, x - fm.stringWidth(s) / 2f, bottom + 17);
        }
        axes(xLabel, yLabel);
    }

    /// As [#frame] for categories along x: category `i` is centred on x = `i` (set the range to
    /// `[-0.5, n - 0.5]`); muted categories are labelled in grey italics, labels too wide for their slot
    /// are cut with an ellipsis.
    void frameCategories(String title, String xLabel, String yLabel, List<String> categories, List<Boolean> muted) {
        title(title);
        double slot = categories.isEmpty() ? right - left : (right - left) / (double) categories.size();
        for (int i = 0; i < categories.size(); i++) {
            g.setFont(font(muted.get(i) ? Font.ITALIC : Font.PLAIN, 12f));
            FontMetrics fm = g.getFontMetrics();
            String s = fit(categories.get(i), fm, (int) slot - 6);
            g.setColor(muted.get(i) ? AXIS.brighter().brighter() : Color.BLACK);
            g.drawString(s, (float) px(i) - fm.stringWidth(s) / 2f, bottom + 17);
        }
        g.setFont(font(Font.PLAIN, 12f));
        axes(xLabel, yLabel);
    }

    private void title(String title) {
        g.setFont(font(Font.BOLD, 16f));
        g.setColor(Color.BLACK);
        g.drawString(title, left, 26);
        g.setFont(font(Font.PLAIN, 12f));
    }

    /// The y grid and ticks, both axes and their labels.
    private void axes(String xLabel, String yLabel) {
        FontMetrics fm = g.getFontMetrics();
        for (double t : Ticks.of(y0, y1, 6)) {
            float y = (float) py(t);
            line(GRID, left, y, right, y);
            String s = Ticks.format(t);
            g.setColor(AXIS);
            g.drawString(s, left - 8 - fm.stringWidth(s), y + 4);
        }
        line(AXIS, left, bottom, right, bottom);
        line(AXIS, left, top, left, bottom);
        g.setFont(font(Font.PLAIN, 13f));
        fm = g.getFontMetrics();
        g.setColor(AXIS);
        g.drawString(xLabel, (left + right - fm.stringWidth(xLabel)) / 2f, bottom + 40);
        Graphics2D r = (Graphics2D) g.create();
        r.rotate(-Math.PI / 2);
        r.drawString(yLabel, -(top + bottom + fm.stringWidth(yLabel)) / 2f, 20);
        r.dispose();
    }

    /// The legend right of the plot area, top-aligned: one swatch and label per entry (labels too long
    /// for a third of the image are cut with an ellipsis).
    void legend(List<Color> colors) {
        if (legendLabels.isEmpty()) {
            return;
        }
        g.setFont(font(Font.PLAIN, 12f));
        FontMetrics fm = g.getFontMetrics();
        int lineH = fm.getHeight() + 2;
        int bx = right + 12;
        int by = top;
        g.setColor(GRID.darker());
        g.drawRect(bx, by, legendWidth, legendLabels.size() * lineH + 8);
        for (int i = 0; i < legendLabels.size(); i++) {
            int y = by + 4 + i * lineH;
            g.setColor(colors.get(i));
            g.fillRect(bx + 8, y + (lineH - 10) / 2, 14, 10);
            g.setColor(Color.BLACK);
            g.drawString(fit(legendLabels.get(i), fm, legendWidth - 34), bx + 28, y + fm.getAscent());
        }
    }

    static String fit(String s, FontMetrics fm, int width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    void line(Color c, double xa, double ya, double xb, double yb) {
        g.setColor(c);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(xa, ya, xb, yb));
    }

    BufferedImage finish() {
        g.dispose();
        return image;
    }
}
