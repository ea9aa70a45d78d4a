package org.vwb.ui.internal;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/// An opaque pixel buffer the projection's dots are stamped into, shown as one image. Why not one
/// `fillOval` per point on the canvas: the canvas replays its commands on the render thread, and with
/// software rendering (Prism `sw`) ~3,900 anti-aliased ovals took that thread ~100–250 ms per frame
/// (`GuiStallTest`, JFR: `SWGraphics.fillEllipse` under `NGCanvas.renderStream`), during which the FX
/// thread waits for the next pulse. Here the dots are stamped off the FX thread ([DotStamper]) and the
/// render thread draws a single image. Not thread-safe: one thread stamps, then hands the buffer over.
final class PointRaster {

    private final int width;
    private final int height;
    private final int[] pixels;

    /// A `width` × `height` buffer filled with `background` (its opacity is ignored: the buffer is opaque).
    PointRaster(int width, int height, Color background) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be positive, was " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
        java.util.Arrays.fill(pixels, argb(background, 1));
    }

    /// Blends a dot of `radius` pixels centred on (`cx`, `cy`) in `colour` (with its opacity) over the
    /// buffer; edge pixels get the share of the dot that covers them, as an anti-aliased oval would.
    void dot(double cx, double cy, double radius, Color colour) {
        // Coverage of the pixel whose centre is (x + ½, y + ½): 1 well inside, 0 from `radius + ½` out,
        // a linear ramp over the one pixel that straddles the rim.
        double outer = radius + 0.5;
        double inner = Math.max(0, radius - 0.5);
        int x0 = Math.max(0, (int) Math.floor(cx - outer));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + outer));
        int y0 = Math.max(0, (int) Math.floor(cy - outer));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + outer));
        double alpha = colour.getOpacity();
        int rgb = argb(colour, 1);
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                double d2 = dx * dx + dy * dy;
                if (d2 < outer * outer) {
                    double cover = d2 <= inner * inner ? 1 : Math.min(1, outer - Math.sqrt(d2));
                    blend(y * width + x, rgb, alpha * cover);
                }
            }
        }
    }

    private void blend(int at, int rgb, double a) {
        int d = pixels[at];
        int r = mix((rgb >> 16) & 0xff, (d >> 16) & 0xff, a);
        int g = mix((rgb >> 8) & 0xff, (d >> 8) & 0xff, a);
        int b = mix(rgb & 0xff, d & 0xff, a);
        pixels[at] = 0xff000000 | r << 16 | g << 8 | b;
    }

    private static int mix(int source, int below, double a) {
        return (int) (source * a + below * (1 - a) + 0.5);
    }

    /// The pixel at (`x`, `y`) as opaque ARGB.
    int argb(int x, int y) {
        return pixels[y * width + x];
    }

    /// Writes the buffer into `image`, which must have this buffer's size.
    WritableImage writeTo(WritableImage image) {
        if ((int) image.getWidth() != width || (int) image.getHeight() != height) {
            throw new IllegalArgumentException("image is " + image.getWidth() + " x " + image.getHeight() + ", buffer "
                    + width + " x " + height);
        }
        // Opaque pixels are their own premultiplied form; the software pipeline's textures are IntArgbPre.
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        return image;
    }

    private static int argb(Color c, double alpha) {
        return (int) Math.round(alpha * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
