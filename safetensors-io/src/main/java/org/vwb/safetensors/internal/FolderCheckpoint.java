package org.vwb.safetensors.internal;

// Placeholder so dependent modules compile while this module is built (issue #2); replaced by the implementation.
public final class FolderCheckpoint {
    private FolderCheckpoint() {
    }
    public static org.vwb.safetensors.Checkpoint open(java.nio.file.Path p, boolean map) throws java.io.IOException { throw new UnsupportedOperationException("not yet implemented"); }
}
