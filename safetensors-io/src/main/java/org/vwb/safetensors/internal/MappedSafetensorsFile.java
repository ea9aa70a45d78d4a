package org.vwb.safetensors.internal;

// Placeholder so dependent modules compile while this module is built (issue #2); replaced by the implementation.
public final class MappedSafetensorsFile {
    private MappedSafetensorsFile() {
    }
    public static org.vwb.safetensors.SafetensorsFile open(java.nio.file.Path p) throws java.io.IOException { throw new UnsupportedOperationException("not yet implemented"); }
}
