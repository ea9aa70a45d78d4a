package org.vwb.common;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/// Writes files and folders so that a reader only ever sees the old content or the complete new content.
///
/// Output goes to a temporary sibling (`.NAME.vwb-tmp-…`) and is renamed into place only when the writer
/// returned normally. A crash leaves the temporary sibling behind; the next write to the same target
/// removes such leftovers first. Renames stay inside one folder, so they never cross file systems.
public final class AtomicFiles {

    /// Marker in the names of temporary siblings; anything carrying it may be deleted by a later run.
    public static final String TEMP_MARKER = ".vwb-tmp-";
    private static final String OLD_MARKER = ".vwb-old-";

    private AtomicFiles() {
    }

    /// Writes one file: `writer` fills a temporary sibling, which then replaces `target` atomically.
    ///
    /// @throws IOException what the writer threw, or a failed rename; the target is then untouched
    public static void writeFile(Path target, IoAction writer) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        removeLeftovers(parent, abs.getFileName().toString());
        Path tmp = parent.resolve(tempName(abs, TEMP_MARKER));
        try {
            writer.accept(tmp);
            moveAtomically(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /// Writes one folder: `writer` fills a temporary sibling folder, which is then renamed to `target`.
    ///
    /// An existing `target` is refused unless `overwrite`; with `overwrite` the old folder is moved aside,
    /// the new one renamed into place and only then the old one deleted.
    ///
    /// @throws FileAlreadyExistsException when `target` exists and `overwrite` is false
    public static void writeDirectory(Path target, boolean overwrite, IoAction writer) throws IOException {
        Path tmp = createTempDirectory(target, overwrite);
        try {
            writer.accept(tmp);
            moveDirectoryIntoPlace(tmp, target);
        } finally {
            deleteRecursively(tmp);
        }
    }

    /// The first half of [#writeDirectory], for a folder filled over a longer time by several parties:
    /// removes leftovers of earlier writes of `target`, refuses an existing `target` unless `overwrite`,
    /// and creates the empty temporary sibling folder to fill. The caller must either pass it to
    /// [#moveDirectoryIntoPlace] or delete it ([#deleteRecursively]); a crash leaves it to the next write.
    ///
    /// @throws FileAlreadyExistsException when `target` exists and `overwrite` is false
    public static Path createTempDirectory(Path target, boolean overwrite) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        removeLeftovers(parent, abs.getFileName().toString());
        if (Files.exists(abs) && !overwrite) {
            throw new FileAlreadyExistsException(abs.toString(), null,
                    "output folder exists; choose another or allow overwriting");
        }
        return Files.createDirectory(parent.resolve(tempName(abs, TEMP_MARKER)));
    }

    /// The second half of [#writeDirectory]: renames the filled temporary folder `tmp` (from
    /// [#createTempDirectory]) to `target`; an existing `target` is moved aside first and deleted only
    /// after the rename, so a crash in between leaves the previous folder for [#removeLeftovers] to restore.
    public static void moveDirectoryIntoPlace(Path tmp, Path target) throws IOException {
        replaceDirectory(tmp, target.toAbsolutePath().normalize());
    }

    /// Removes temporary siblings that an interrupted earlier write of `name` in `parent` left behind.
    ///
    /// One case is repaired instead of removed: a write killed between the two renames of an overwrite
    /// leaves no `name` but the previous output, complete, moved aside; it is renamed back to `name`, so a
    /// killed overwrite never loses the previous output.
    public static void removeLeftovers(Path parent, String name) throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        String tmpPrefix = "." + name + TEMP_MARKER;
        String oldPrefix = "." + name + OLD_MARKER;
        Path target = parent.resolve(name);
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            entries.forEach(found::add);
        }
        found.sort(null); // a stable order, so that repeated runs repair the same way
        for (Path p : found) {
            String n = p.getFileName().toString();
            if (n.startsWith(oldPrefix) && !Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                moveAtomically(p, target);
            } else if (n.startsWith(tmpPrefix) || n.startsWith(oldPrefix)) {
                deleteRecursively(p);
            }
        }
    }

    /// Deletes a file or a folder tree; a missing path is not an error. Links are removed, not followed.
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } else {
            Files.deleteIfExists(path);
        }
    }

    private static void replaceDirectory(Path tmp, Path target) throws IOException {
        if (!Files.exists(target)) {
            moveAtomically(tmp, target);
            return;
        }
        Path old = target.resolveSibling(tempName(target, OLD_MARKER));
        moveAtomically(target, old);
        try {
            moveAtomically(tmp, target);
        } catch (IOException e) {
            moveAtomically(old, target); // put the previous output back: never leave nothing
            throw e;
        }
        deleteRecursively(old);
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + from + " to " + to
                    + " atomically (is the output on a file system without atomic rename?)", e);
        }
    }

    private static String tempName(Path target, String marker) {
        return "." + target.getFileName() + marker + UUID.randomUUID().toString().substring(0, 8);
    }
}
