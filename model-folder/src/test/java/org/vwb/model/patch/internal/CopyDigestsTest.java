package org.vwb.model.patch.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;

/// The digest path of the patch's verify: the copy records what it copied, the comparison reads only the
/// output and still names the first differing byte.
class CopyDigestsTest {
    /// Two windows and a bit: the last window is partial.
    private static final int SIZE = (int) WindowDigests.WINDOW + 4_099;

    @TempDir
    Path dir;

    private final Meter meter = new Meter(JobContext.silent());

    private Path randomFile(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    private static void flip(Path file, long offset) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(offset);
            int b = f.read();
            f.seek(offset);
            f.write(b ^ 0xFF);
        }
    }

    private static long digestOf(Path file, long position, long n) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return WindowDigests.of(ch, file, position, n);
        }
    }

    @Test
    void aRecordingCopyIsByteIdenticalAndRecordsTheDigestOfEveryWindow() throws IOException {
        Path src = randomFile("src", SIZE);
        Path dst = dir.resolve("dst");
        CopyDigests known = CopyDigests.recording();
        assertEquals(SIZE, ByteCopy.copyFile(src, dst, meter, known));
        assertEquals(-1, Files.mismatch(src, dst));
        long[] windows = known.get(src, 0, SIZE).orElseThrow();
        assertEquals(2, windows.length);
        assertEquals(digestOf(dst, 0, WindowDigests.WINDOW), windows[0]);
        assertEquals(digestOf(dst, WindowDigests.WINDOW, 4_099), windows[1]);
        assertNotEquals(windows[0], windows[1]);
        assertTrue(known.get(src, 0, SIZE - 1).isEmpty(), "only the exact range copied is known");
    }

    @Test
    void aByteChangedAfterTheCopyIsFoundAtItsOffsetWhicheverWindowsDiffer() throws IOException {
        Path src = randomFile("src", SIZE);
        Path dst = dir.resolve("dst");
        CopyDigests known = CopyDigests.recording();
        ByteCopy.copyFile(src, dst, meter, known);
        assertEquals(-1, FileBytes.mismatch(src, dst, meter, known));
        flip(dst, SIZE - 5);
        assertEquals(SIZE - 5, FileBytes.mismatch(src, dst, meter, known));
        flip(dst, 12_345);
        assertEquals(12_345, FileBytes.mismatch(src, dst, meter, known), "the lowest offset, though found last");
    }

    @Test
    void aRegionCopiedIntoAnotherFileIsComparedByItsDigests() throws IOException {
        Path src = randomFile("src", 200_000);
        Path dst = dir.resolve("dst");
        CopyDigests known = CopyDigests.recording();
        try (FileChannel out = FileChannel.open(dst, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            ByteCopy.region(src, 1_000, 150_000, meter, known).writeTo(out);
        }
        assertEquals(-1, FileBytes.mismatch(src, 1_000, dst, 3, 150_000, meter, known));
        flip(dst, 3 + 70_000);
        assertEquals(70_000, FileBytes.mismatch(src, 1_000, dst, 3, 150_000, meter, known));
    }

    @Test
    void aDisabledInstanceRecordsNothingAndTheComparisonIsByteForByte() throws IOException {
        Path src = randomFile("src", 10_000);
        Path dst = dir.resolve("dst");
        CopyDigests none = CopyDigests.disabled();
        ByteCopy.copyFile(src, dst, meter, none);
        assertTrue(none.get(src, 0, 10_000).isEmpty());
        flip(dst, 9_999);
        assertEquals(9_999, FileBytes.mismatch(src, dst, meter, none));
    }

    @Test
    void streamedDigestsDoNotDependOnHowTheBytesArrive() {
        byte[] bytes = new byte[3_000_000];
        new Random(3).nextBytes(bytes);
        WindowDigests whole = new WindowDigests(bytes.length);
        whole.update(ByteBuffer.wrap(bytes));
        WindowDigests pieces = new WindowDigests(bytes.length);
        for (int at = 0; at < bytes.length; at += 777_777) {
            pieces.update(ByteBuffer.wrap(bytes, at, Math.min(777_777, bytes.length - at)));
        }
        assertArrayEquals(whole.finish(), pieces.finish());
        WindowDigests shortFed = new WindowDigests(bytes.length + 1L);
        shortFed.update(ByteBuffer.wrap(bytes));
        assertThrows(IllegalStateException.class, shortFed::finish);
    }

    @Test
    void thePropertySelectsExactOrDigestAndRefusesAnythingElse() {
        String old = System.getProperty(CopyDigests.PROPERTY);
        try {
            System.clearProperty(CopyDigests.PROPERTY);
            assertTrue(CopyDigests.fromSystemProperty().records());
            System.setProperty(CopyDigests.PROPERTY, "exact");
            assertTrue(!CopyDigests.fromSystemProperty().records());
            System.setProperty(CopyDigests.PROPERTY, "fast");
            assertThrows(IllegalArgumentException.class, CopyDigests::fromSystemProperty);
        } finally {
            if (old == null) {
                System.clearProperty(CopyDigests.PROPERTY);
            } else {
                System.setProperty(CopyDigests.PROPERTY, old);
            }
        }
    }
}
