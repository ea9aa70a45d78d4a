package org.vwb.model.patch.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;

/// Clones and the extent-map proof of identical files. On the build's own file system (ext4, tmpfs) no
/// clone is possible: then a clone attempt must leave nothing behind and the copy and comparison work as
/// before. `scripts/reflink-test.sh` runs this class again on an XFS file system with reflinks
/// (`-Dvwb.test.reflink-dir=…`, `-Dvwb.test.expect-clone=true`), where every clone must succeed.
class ReflinkTest {
    private static final int SIZE = 3 << 20;
    private static final boolean EXPECT_CLONE = Boolean.getBoolean("vwb.test.expect-clone");

    @TempDir
    Path tempDir;
    private Path dir;

    @BeforeEach
    void pickDirectory() throws IOException {
        String where = System.getProperty("vwb.test.reflink-dir");
        dir = where == null ? tempDir : Files.createTempDirectory(Path.of(where), "reflink-test");
    }

    private Path randomFile(String name, long seed) throws IOException {
        byte[] bytes = new byte[SIZE];
        new Random(seed).nextBytes(bytes);
        Path p = Files.write(dir.resolve(name), bytes);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        return p;
    }

    private static Meter meter() {
        return new Meter(JobContext.silent());
    }

    @Test
    void aCloneIsTheSameBytesInTheSameBlocksOrNoFileAtAll() throws IOException {
        Path source = randomFile("source", 1);
        Path target = dir.resolve("target");
        boolean cloned = Reflink.cloneFile(source, target);
        assertEquals(EXPECT_CLONE || cloned, cloned, "cloned on a file system that should clone");
        if (cloned) {
            assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(target));
            assertTrue(Reflink.sameBlocks(source, target));
            assertTrue(Reflink.sameBlocks(target, source));
        } else {
            assertFalse(Files.exists(target), "a failed clone leaves no file");
        }
    }

    @Test
    void aClonedRangeSharesItsWholeBlocksAndOnlyThoseAreProven() throws IOException {
        Path source = randomFile("source", 5);
        long block = Reflink.blockSize(dir);
        Path target = Files.write(dir.resolve("target"), new byte[SIZE]);
        boolean cloned = Reflink.cloneRange(source, block, target, 2 * block, 4 * block);
        assertEquals(EXPECT_CLONE || cloned, cloned, "cloned on a file system that should clone");
        assertEquals(cloned ? block : 0, Reflink.cloneBlock(source, dir, ".probe-"));
        byte[] s = Files.readAllBytes(source);
        byte[] t = Files.readAllBytes(target);
        byte[] expected = cloned ? java.util.Arrays.copyOfRange(s, (int) block, (int) (5 * block))
                : new byte[(int) (4 * block)];
        assertArrayEquals(expected, java.util.Arrays.copyOfRange(t, (int) (2 * block), (int) (6 * block)));
        // 100 bytes before and after the cloned blocks belong to the range but not to its shared blocks
        java.util.Optional<long[]> shared = Reflink.sharedInterior(source, block - 100, target, 2 * block - 100,
                4 * block + 200, block);
        if (cloned) {
            assertArrayEquals(new long[] {100, 100 + 4 * block}, shared.orElseThrow());
        } else {
            assertTrue(shared.isEmpty());
        }
        assertTrue(Reflink.sharedInterior(source, block, target, 2 * block + 8, 3 * block, block).isEmpty(),
                "ranges at different offsets within a block share nothing");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "the probe file of cloneBlock is gone");
        }
    }

    @Test
    void aCloneNeverReplacesAnExistingFile() throws IOException {
        Path source = randomFile("source", 2);
        Path existing = Files.writeString(dir.resolve("existing"), "keep me");
        assertFalse(Reflink.cloneFile(source, existing));
        assertEquals("keep me", Files.readString(existing));
    }

    @Test
    void anIndependentCopyOrTheSameFileUnderTwoNamesIsNotProvenByBlocks() throws IOException {
        Path a = randomFile("a", 3);
        Path b = randomFile("b", 3); // the same bytes, written separately: other blocks
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(Reflink.sameBlocks(a, b));
        assertFalse(Reflink.sameBlocks(a, Files.createLink(dir.resolve("link"), a)));
        assertFalse(Reflink.sameBlocks(a, Files.write(dir.resolve("short"), new byte[10])));
        assertFalse(Reflink.sameBlocks(Files.write(dir.resolve("e1"), new byte[0]),
                Files.write(dir.resolve("e2"), new byte[0])));
    }

    @Test
    void aCopiedFileComparesIdenticalAndAChangedByteIsFoundAfterwards() throws IOException {
        Path source = randomFile("source", 4);
        Path target = dir.resolve("target");
        assertEquals(SIZE, ByteCopy.copyFile(source, target, meter(), CopyDigests.recording()));
        assertEquals(EXPECT_CLONE, Reflink.sameBlocks(source, target), "the copy shares the source's blocks");
        assertEquals(-1, FileBytes.mismatch(source, target, meter(), CopyDigests.disabled()));
        long at = SIZE / 3 + 5;
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
            byte old = Files.readAllBytes(source)[(int) at];
            ch.write(ByteBuffer.wrap(new byte[] {(byte) ~old}), at); // a clone's block is copied on write
            ch.force(true);
        }
        assertFalse(Reflink.sameBlocks(source, target));
        assertEquals(at, FileBytes.mismatch(source, target, meter(), CopyDigests.disabled()));
    }
}
