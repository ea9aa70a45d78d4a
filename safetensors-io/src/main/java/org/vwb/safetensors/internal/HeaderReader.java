package org.vwb.safetensors.internal;

import java.io.EOFException;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.vwb.safetensors.SafetensorsHeader;

/// Reads only the header bytes of a file (8 + N), never the tensor data.
public final class HeaderReader {
    private HeaderReader() {
    }

    /// Reads and validates the header of `path`; the data length is checked against the file size.
    public static SafetensorsHeader readHeader(Path path) throws IOException {
        String label = path.toString();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer lengthBytes = ByteBuffer.allocate((int) Math.min(8, size));
            readFully(ch, lengthBytes, 0);
            long n = HeaderParser.headerLength(MemorySegment.ofArray(lengthBytes.array()), size,
                    new HeaderParser.Messages(label));
            ByteBuffer all = ByteBuffer.allocate((int) (8 + n)); // n <= 100 MB, checked above
            all.put(lengthBytes.flip());
            readFully(ch, all, 8);
            return HeaderParser.parse(MemorySegment.ofArray(all.array()), size, label);
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long pos = position;
        while (buf.hasRemaining()) {
            int r = ch.read(buf, pos);
            if (r < 0) {
                throw new EOFException(ch + ": file shrank while reading its header");
            }
            pos += r;
        }
    }
}
