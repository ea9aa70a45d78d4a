package org.vwb.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/// The workbench version, from a resource the build fills in (`vwb-version.properties`).
final class Versions {
    private Versions() {}

    /// E.g. `0.1.0-SNAPSHOT`; `unknown` when run from unfiltered classes.
    static String tool() {
        try (InputStream in = Versions.class.getResourceAsStream("vwb-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
