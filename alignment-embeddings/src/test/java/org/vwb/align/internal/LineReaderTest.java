package org.vwb.align.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineReaderTest {

    /// Hands out at most `chunk` bytes per read, so lines straddle every possible refill boundary.
    private static InputStream trickle(byte[] data, int chunk) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static List<String> lines(byte[] data, int chunk) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineReader r = new LineReader(trickle(data, chunk))) {
            while (r.next()) {
                out.add(r.lineNumber() + ":" + new String(r.buffer(), r.start(), r.end() - r.start(), StandardCharsets.UTF_8));
            }
            assertFalse(r.next());
        }
        return out;
    }

    @Test
    void splitsLinesAcrossRefillsAndStripsCrlf() throws IOException {
        byte[] data = "a b\r\n\nccc\r\n中文 1\nlast".getBytes(StandardCharsets.UTF_8);
        List<String> want = List.of("1:a b", "2:", "3:ccc", "4:中文 1", "5:last");
        for (int chunk : new int[] {1, 2, 3, 5, 7, 1 << 20}) {
            assertEquals(want, lines(data, chunk), "chunk " + chunk);
        }
    }

    @Test
    void growsTheBufferForLinesLongerThanIt() throws IOException {
        String longLine = "x".repeat(3 * (1 << 20) + 17);
        byte[] data = ("short\n" + longLine + "\nend\n").getBytes(StandardCharsets.US_ASCII);
        List<String> got = lines(data, 100_000);
        assertEquals(3, got.size());
        assertEquals("2:" + longLine, got.get(1));
        assertEquals("3:end", got.get(2));
    }
}
