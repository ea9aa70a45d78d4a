package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.vwb.safetensors.TensorData;

/// Kernel copies of files and file regions (`FileChannel.transferTo`, which Linux turns into
/// `copy_file_range`: no bytes pass through this process, and reflink file systems may share extents),
/// in chunks so that progress is reported and cancellation honoured during multi-GB copies.
final class ByteCopy {
    /// Bytes per transfer: small enough for a responsive cancel, large enough to stay at disk speed.
    static final long CHUNK = 64L << 20;

    private ByteCopy() {
    }

    /// Copies `source` to the new file `target`.
    static long copyFile(Path source, Path target, Meter meter) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            transfer(in, source, 0, size, out, meter);
            return size;
        }
    }

    /// The bytes `[position, position + length)` of `file`, as tensor data for the writer.
    static TensorData region(Path file, long position, long length, Meter meter) {
        return new TensorData() {
            @Override
            public long byteLength() {
                return length;
            }

            @Override
            public void writeTo(WritableByteChannel out) throws IOException {
                try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                    if (in.size() < position + length) {
                        throw new IOException(file + ": shrank to " + in.size() + " bytes while copying bytes ["
                                + position + ", " + (position + length) + ")");
                    }
                    transfer(in, file, position, length, out, meter);
                }
            }
        };
    }

    private static void transfer(FileChannel in, Path source, long position, long length, WritableByteChannel out,
                                 Meter meter) throws IOException {
        long done = 0;
        while (done < length) {
            long n = in.transferTo(position + done, Math.min(CHUNK, length - done), out);
            if (n <= 0) {
                throw new IOException(source + ": no progress copying at byte " + (position + done) + " of "
                        + (position + length));
            }
            done += n;
            meter.advance(n);
        }
    }
}
