package org.vwb.safetensors.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/// Small channel helpers: full writes and kernel-side file-region copies.
final class Channels {
    private Channels() {
    }

    static void writeFully(WritableByteChannel out, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            out.write(buf);
        }
    }

    /// Copies `count` bytes at `position` of `source` to `out` with `FileChannel.transferTo`, which the
    /// JDK turns into `copy_file_range`/`sendfile` on Linux: the bytes never enter this process, so
    /// resident memory does not grow with the tensor.
    static void transferRegion(Path source, long position, long count, WritableByteChannel out) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            if (in.size() < position + count) {
                throw new IOException(source + ": file shrank to " + in.size() + " bytes while copying bytes ["
                        + position + ", " + (position + count) + ")");
            }
            long done = 0;
            while (done < count) {
                long n = in.transferTo(position + done, count - done, out);
                if (n <= 0) {
                    throw new IOException(source + ": no progress copying bytes at " + (position + done));
                }
                done += n;
            }
        }
    }
}
