package org.vwb.safetensors.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/// The project version, from a resource that the build fills in (`vwb-version.properties`).
final class Provenance {
    private static final String VERSION = load();

    private Provenance() {
    }

    /// The version of this library, e.g. `0.1.0-SNAPSHOT`.
    static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Provenance.class.getResourceAsStream("vwb-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("vwb-version.properties missing from safetensors-io: broken build");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isEmpty() || v.startsWith("${")) {
                throw new IllegalStateException("vwb-version.properties was not filtered by the build: " + v);
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
