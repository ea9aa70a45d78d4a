package org.vwb.embedinit.report;

import java.util.Objects;

/// A rendered plot: the PNG bytes the report embeds and writes, and the GUI can show as they are.
///
/// @param name  the file name, e.g. `norms-input.png`
/// @param title a one-line caption
/// @param png   the PNG image (shared, not copied)
public record Plot(String name, String title, byte[] png) {
    /// Checks the parts are present.
    public Plot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(png, "png");
    }
}
