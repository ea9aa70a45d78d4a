package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.vwb.safetensors.TensorData;

/// Copies of files and file regions, in chunks so that progress is reported and cancellation honoured
/// during multi-GB copies. Two ways, chosen by the [CopyDigests] given:
///
/// - recording digests: the bytes pass through 8 MiB buffers (read ahead on a thread of their own,
///   [ReadAhead]), are digested per 64 MiB window
///   ([WindowDigests]) and written on; the verify then needs to read only the output. Two memory copies
///   per byte instead of one, a few seconds of CPU on a 13 GB model, against a second 13 GB read of the
///   base saved. The base's pages are dropped from the page cache as they pass ([PageCache]), so that
///   the output just written is still cached when the verify reads it.
/// - not recording: `FileChannel.transferTo`, which Linux turns into `copy_file_range` (no bytes pass
///   through this process, and reflink file systems may share extents).
///
/// Whole files are cloned first where the file system can ([Reflink]): neither way then moves a byte.
final class ByteCopy {
    /// Bytes per kernel transfer: small enough for a responsive cancel, large enough to stay at disk speed.
    static final long CHUNK = 64L << 20;
    /// Bytes per read through the process.
    static final int BUFFER = 8 << 20;
    /// Buffers read ahead of the digest and write ([ReadAhead]).
    static final int BUFFERS = 3;
    /// Bytes of the base dropped from the page cache per call. Dropping after every 8 MiB read made the
    /// copy of a 13.5 GB checkpoint 5–15 s slower at load 12–14 (docs/BENCHMARKS.md); a likely cause is
    /// that a `POSIX_FADV_DONTNEED` that finds pages it cannot drop yet drains the page lists of every
    /// CPU (`lru_add_drain_all`), waiting for a worker on each, so calls are made rare.
    static final long DROP_BATCH = 512L << 20;
    /// Bytes just read that are not dropped yet: pages still in a CPU's LRU batch cannot be dropped.
    static final long DROP_LAG = 64L << 20;

    private ByteCopy() {
    }

    /// Copies `source` to the new file `target`: a clone where the file system shares blocks ([Reflink];
    /// the verify then compares extent maps instead of bytes), else as the class comment says.
    static long copyFile(Path source, Path target, Meter meter, CopyDigests digests) throws IOException {
        if (Reflink.cloneFile(source, target)) {
            long size = java.nio.file.Files.size(target);
            meter.advance(size);
            return size;
        }
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            copy(in, source, 0, size, out, meter, digests);
            return size;
        }
    }

    /// The bytes `[position, position + length)` of `file`, as tensor data for the writer.
    static TensorData region(Path file, long position, long length, Meter meter, CopyDigests digests) {
        return region(file, position, length, () -> meter, digests);
    }

    /// As [#region(Path, long, long, Meter, CopyDigests)], reporting to the meter `meter` gives when the
    /// bytes are written (a copy planned on one thread and run on another).
    static TensorData region(Path file, long position, long length, java.util.function.Supplier<Meter> meter,
                             CopyDigests digests) {
        return TensorData.of(length, out -> {
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                if (in.size() < position + length) {
                    throw new IOException(file + ": shrank to " + in.size() + " bytes while copying bytes ["
                            + position + ", " + (position + length) + ")");
                }
                copy(in, file, position, length, out, meter.get(), digests);
            }
        });
    }

    private static void copy(FileChannel in, Path source, long position, long length, WritableByteChannel out,
                             Meter meter, CopyDigests digests) throws IOException {
        if (digests.records()) {
            digests.put(source, position, length, readThrough(in, source, position, length, out, meter));
        } else {
            transfer(in, source, position, length, out, meter);
        }
    }

    private static long[] readThrough(FileChannel in, Path source, long position, long length,
                                      WritableByteChannel out, Meter meter) throws IOException {
        WindowDigests digest = new WindowDigests(length);
        try (ReadAhead reads = new ReadAhead(in, source, position, length, BUFFERS, BUFFER);
             PageCache cache = PageCache.open(source)) {
            long done = 0;
            long dropped = 0;
            for (ByteBuffer buf = reads.next(); buf != null; buf = reads.next()) {
                int n = buf.limit();
                digest.update(buf.duplicate());
                while (buf.hasRemaining()) {
                    out.write(buf);
                }
                reads.release(buf);
                done += n;
                meter.advance(n);
                if (done - dropped >= DROP_BATCH + DROP_LAG || done == length) {
                    long upTo = done == length ? done : done - DROP_LAG;
                    cache.drop(position + dropped, upTo - dropped); // read once: leave the cache to the output
                    dropped = upTo;
                }
            }
        }
        return digest.finish();
    }

    /// Copies `length` bytes at `position` of `in` (the file `source`, named in errors) to `out` at its
    /// position, by the kernel, reporting them to `meter`.
    static void transfer(FileChannel in, Path source, long position, long length, WritableByteChannel out,
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
