package org.vwb.model.patch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/// Where [CheckpointPatcher] learns how much space the output's file system has left.
///
/// The default asks the file store; tests pass a fake to exercise the refusal without filling a disk.
@FunctionalInterface
public interface DiskSpace {

    /// `FileStore.getUsableSpace()` of the store holding `folder`.
    DiskSpace FILE_STORE = folder -> Files.getFileStore(folder).getUsableSpace();

    /// Bytes this process may still write on the file system that holds `folder` (an existing folder).
    long usableBytes(Path folder) throws IOException;
}
