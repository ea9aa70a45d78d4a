package org.vwb.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void removeLeftoversDeletesTemporaryFoldersOfThatTargetOnly() throws IOException {
        Files.createDirectories(dir.resolve(".out" + AtomicFiles.TEMP_MARKER + "1234abcd").resolve("sub"));
        Files.createDirectories(dir.resolve(".other" + AtomicFiles.TEMP_MARKER + "1234abcd"));
        Files.createDirectories(dir.resolve("out"));
        AtomicFiles.removeLeftovers(dir, "out");
        assertEquals(List.of(".other" + AtomicFiles.TEMP_MARKER + "1234abcd", "out"), names());
    }

    @Test
    void removeLeftoversPutsBackThePreviousFolderOfAnOverwriteKilledBetweenItsRenames() throws IOException {
        Path old = Files.createDirectories(dir.resolve(".out.vwb-old-1234abcd"));
        Files.writeString(old.resolve("f.txt"), "previous");
        AtomicFiles.removeLeftovers(dir, "out");
        assertEquals(List.of("out"), names());
        assertEquals("previous", Files.readString(dir.resolve("out/f.txt")));
    }

    @Test
    void removeLeftoversDeletesTheMovedAsideFolderWhenTheNewOneIsInPlace() throws IOException {
        Files.createDirectories(dir.resolve(".out.vwb-old-1234abcd"));
        Files.createDirectories(dir.resolve("out"));
        AtomicFiles.removeLeftovers(dir, "out");
        assertEquals(List.of("out"), names());
    }

    @Test
    void writeDirectoryRefusesAnExistingTargetWithoutOverwriteAndReplacesItWith() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("a"), "1");
        assertThrows(FileAlreadyExistsException.class,
                () -> AtomicFiles.writeDirectory(out, false, tmp -> Files.writeString(tmp.resolve("b"), "2")));
        AtomicFiles.writeDirectory(out, true, tmp -> Files.writeString(tmp.resolve("b"), "2"));
        assertFalse(Files.exists(out.resolve("a")));
        assertEquals("2", Files.readString(out.resolve("b")));
        assertEquals(List.of("out"), names());
    }

    @Test
    void writeDirectoryLeavesNothingWhenTheWriterFails() throws IOException {
        Path out = dir.resolve("out");
        assertThrows(IOException.class, () -> AtomicFiles.writeDirectory(out, false, tmp -> {
            Files.writeString(tmp.resolve("b"), "2");
            throw new IOException("disk full");
        }));
        assertEquals(List.of(), names());
    }
}
