package org.vwb.embedinit.report;

import java.util.Objects;

/// One measure of a grouped bar chart: one bar per group, all in one colour.
///
/// @param label  legend text
/// @param values one value per group, in group order (a non-finite value draws no bar); shared, not copied
/// @param rgb    colour as `0xRRGGBB`
public record BarSeries(String label, double[] values, int rgb) {
    /// Checks the parts are present.
    public BarSeries {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(values, "values");
    }
}
