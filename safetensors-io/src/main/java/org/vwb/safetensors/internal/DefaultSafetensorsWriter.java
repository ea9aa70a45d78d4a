package org.vwb.safetensors.internal;

// Placeholder so dependent modules compile while this module is built (issue #2); replaced by the implementation.
public final class DefaultSafetensorsWriter {
    private DefaultSafetensorsWriter() {
    }
    public static org.vwb.safetensors.SafetensorsWriter create() { throw new UnsupportedOperationException("not yet implemented"); }
}
