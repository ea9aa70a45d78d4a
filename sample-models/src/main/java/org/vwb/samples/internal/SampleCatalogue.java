package org.vwb.samples.internal;

// Placeholder so dependent modules compile while this module is built (issue #2); replaced by the implementation.
public final class SampleCatalogue {
    private SampleCatalogue() {
    }
    public static java.util.List<org.vwb.samples.SampleInfo> list() { throw new UnsupportedOperationException("not yet implemented"); }
    public static void write(String n, java.nio.file.Path p) throws java.io.IOException { throw new UnsupportedOperationException("not yet implemented"); }
}
