package org.vwb.model.patch.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;

/// The copy's page-cache advice: the pages of bytes read are no longer resident afterwards, prefetched
/// ones are, and where the advice is unavailable the copy proceeds unchanged.
class PageCacheTest {
    private static final int SIZE = 8 << 20;

    @TempDir
    Path dir;

    private Path syncedRandomFile(String name) throws IOException {
        return syncedRandomFile(name, SIZE);
    }

    private Path syncedRandomFile(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(11).nextBytes(bytes);
        Path p = Files.write(dir.resolve(name), bytes);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.force(true); // dirty pages are not dropped; written-back ones are
        }
        return p;
    }

    /// Whether every page of `file` is in the page cache (`mincore` through `MemorySegment.isLoaded`).
    private static boolean resident(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            MemorySegment m = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            return m.isLoaded();
        }
    }

    @Test
    void droppingARangeThatWasReadEvictsItsPagesButNotItsBytes() throws IOException {
        Path p = syncedRandomFile("base");
        byte[] before = Files.readAllBytes(p);
        assertTrue(resident(p), "just read: cached");
        try (PageCache drop = PageCache.open(p)) {
            assertTrue(drop.active(), "Linux with posix_fadvise: the dropper reaches the kernel");
            drop.drop(0, SIZE);
        }
        assertFalse(resident(p), "dropped");
        assertArrayEquals(before, Files.readAllBytes(p));
    }

    @Test
    void prefetchingADroppedRangeBringsItsPagesBack() throws IOException, InterruptedException {
        // 40 MiB: more than one read-ahead window (128 KiB by default, 8 MiB on the benchmark machine),
        // which is all one WILLNEED call reads.
        int size = 40 << 20;
        Path p = syncedRandomFile("embedding", size);
        Files.readAllBytes(p);
        try (PageCache cache = PageCache.open(p)) {
            cache.drop(0, size);
            assertFalse(resident(p), "dropped");
            cache.prefetch(0, size);
        }
        // WILLNEED starts the reads and returns; wait for them (a bound, not a timing assertion).
        for (int i = 0; i < 200 && !resident(p); i++) {
            Thread.sleep(50);
        }
        assertTrue(resident(p), "read into the page cache without anyone reading the file");
    }

    @Test
    void aFileThatCannotBeOpenedGetsADropperThatDoesNothing() {
        try (PageCache drop = PageCache.open(dir.resolve("missing"))) {
            assertFalse(drop.active());
            drop.drop(0, SIZE); // no exception: best effort
            drop.prefetch(0, SIZE);
        }
        assertFalse(PageCache.none().active());
    }

    @Test
    void aRecordingCopyLeavesTheSourceUncachedAndTheCopyIdentical() throws IOException {
        Path src = syncedRandomFile("src");
        Files.readAllBytes(src);
        Path dst = dir.resolve("dst");
        ByteCopy.copyFile(src, dst, new Meter(JobContext.silent()), CopyDigests.recording());
        assertFalse(resident(src), "the base's pages were dropped as the copy passed them");
        assertArrayEquals(Files.readAllBytes(src), Files.readAllBytes(dst));
    }
}
