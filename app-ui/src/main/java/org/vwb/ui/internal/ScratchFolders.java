package org.vwb.ui.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicInteger;

/// One temporary folder per window for the files a screen makes along the way (the mined CSV, the
/// tokenizers merged to measure a selection, diagnostics reports and trial folders). Names are handed out at once; the folder itself is
/// made by the first job that writes into it and removed when the window closes.
public final class ScratchFolders {

    private final AtomicInteger next = new AtomicInteger();
    private final String prefix;
    private Path root;

    /// Scratch space for the Candidates and Export screens (`vwb-candidates-…`).
    public ScratchFolders() {
        this("vwb-candidates-");
    }

    /// Scratch space in a temporary folder named `prefix…` (e.g. `vwb-diagnostics-`).
    public ScratchFolders(String prefix) {
        this.prefix = prefix;
    }

    /// A fresh path under the scratch folder (not created), e.g. `selection-3`.
    public synchronized Path newPath(String prefix) throws IOException {
        if (root == null) {
            root = Files.createTempDirectory(this.prefix);
        }
        return root.resolve(prefix + "-" + next.incrementAndGet());
    }

    /// Removes `path` and everything under it; a missing path is fine.
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /// Removes the scratch folder, if one was made.
    public synchronized void deleteAll() throws IOException {
        if (root != null) {
            delete(root);
            root = null;
        }
    }
}
