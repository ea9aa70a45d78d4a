package org.vwb.embedinit.report;

import java.util.List;
import java.util.Objects;

/// One group of points in a scatter plot, drawn in order (later layers on top).
///
/// @param label  legend text
/// @param x      x coordinates; shared, not copied
/// @param y      y coordinates, parallel to `x`
/// @param rgb    colour as `0xRRGGBB`
/// @param radius point radius in pixels
/// @param labels text drawn beside the first `labels.size()` points (may be empty)
public record ScatterLayer(String label, double[] x, double[] y, int rgb, int radius, List<String> labels) {
    /// Checks the arrays are parallel and copies the labels.
    public ScatterLayer {
        Objects.requireNonNull(label, "label");
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x coordinates but " + y.length + " y coordinates");
        }
        labels = List.copyOf(labels);
        if (labels.size() > x.length) {
            throw new IllegalArgumentException(labels.size() + " labels for " + x.length + " points");
        }
    }
}
