package org.vwb.model.patch.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

    @TempDir
    Path dir;

    private Path file(int size) throws IOException {
        byte[] bytes = new byte[size];
        new SplittableRandom(5).nextBytes(bytes);
        return Files.write(dir.resolve("f.bin"), bytes);
    }

    @Test
    void buffersComeInFileOrderAndCoverExactlyTheRange() throws IOException {
        Path f = file(100_000);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (FileChannel in = FileChannel.open(f); ReadAhead r = new ReadAhead(in, f, 1_234, 90_001, 3, 4_096)) {
            for (ByteBuffer b = r.next(); b != null; b = r.next()) {
                assertTrue(b.limit() <= 4_096);
                byte[] part = new byte[b.remaining()];
                b.get(part);
                got.write(part);
                r.release(b);
            }
            assertNull(r.next(), "stays at the end");
        }
        byte[] all = Files.readAllBytes(f);
        assertArrayEquals(java.util.Arrays.copyOfRange(all, 1_234, 1_234 + 90_001), got.toByteArray());
    }

    @Test
    void aRangeBeyondTheEndOfTheFileFailsWithTheFileNamed() throws IOException {
        Path f = file(10_000);
        try (FileChannel in = FileChannel.open(f); ReadAhead r = new ReadAhead(in, f, 5_000, 20_000, 2, 4_096)) {
            EOFException e = assertThrows(EOFException.class, () -> {
                for (ByteBuffer b = r.next(); b != null; b = r.next()) {
                    r.release(b);
                }
            });
            assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        }
    }

    @Test
    void closingBeforeTheEndStopsTheReader() throws IOException {
        Path f = file(1_000_000);
        try (FileChannel in = FileChannel.open(f)) {
            ReadAhead r = new ReadAhead(in, f, 0, 1_000_000, 2, 1_024);
            assertEquals(1_024, r.next().limit());
            r.close(); // the reader is blocked waiting for a free buffer: it must notice and end
            assertTrue(in.isOpen(), "the caller's channel is left open");
        }
    }
}
