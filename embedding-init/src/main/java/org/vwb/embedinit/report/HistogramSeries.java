package org.vwb.embedinit.report;

import java.util.Objects;

/// One data set of a histogram: drawn as the share of its own values per bin, so a few thousand new rows
/// compare with tens of thousands of old ones on the same axis.
///
/// @param label  legend text
/// @param values the values (non-finite ones are ignored); shared, not copied
/// @param rgb    colour as `0xRRGGBB`
public record HistogramSeries(String label, double[] values, int rgb) {
    /// Checks the parts are present.
    public HistogramSeries {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(values, "values");
    }
}
