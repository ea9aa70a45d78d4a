package org.vwb.embedinit.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.StrategySummary;

/// One colour per strategy, the same in every plot and in the HTML tables; old rows are grey.
public final class Palette {
    /// Old rows.
    public static final int OLD = 0x9A9A9A;
    private static final int[] COLOURS = {0x1F77B4, 0xD62728, 0x2CA02C, 0xFF7F0E, 0x9467BD, 0x8C564B, 0xE377C2,
        0x17BECF, 0xBCBD22};

    private Palette() {}

    /// The strategies of `report`, in order of first appearance over all matrices.
    public static List<String> methods(DiagnosticsReport report) {
        List<String> out = new ArrayList<>();
        for (StrategySummary s : report.strategies()) {
            if (!out.contains(s.method())) {
                out.add(s.method());
            }
        }
        return out;
    }

    /// The colour of the `index`-th strategy.
    public static int colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    /// `#rrggbb`.
    public static String css(int rgb) {
        return String.format(java.util.Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }
}
