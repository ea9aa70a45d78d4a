package org.vwb.model.patch.internal;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/// Byte comparison of files and file regions over memory mappings, one 64 MiB window at a time: each
/// window is unmapped before the next, so resident memory stays at two windows however large the
/// checkpoint (a whole-file mapping would count every compared page of a 13 GB model in the process's
/// RSS), and progress and cancellation come between windows.
final class FileBytes {
    private static final long WINDOW = 64L << 20;

    private FileBytes() {
    }

    /// The first offset where `a` and `b` differ, their common length when one is a prefix of the other,
    /// or -1 when they are identical.
    static long mismatch(Path a, Path b, Meter meter) throws IOException {
        try (FileChannel ca = FileChannel.open(a, StandardOpenOption.READ);
             FileChannel cb = FileChannel.open(b, StandardOpenOption.READ)) {
            long common = Math.min(ca.size(), cb.size());
            long at = mismatch(ca, 0, cb, 0, common, meter);
            return at >= 0 ? at : ca.size() == cb.size() ? -1 : common;
        }
    }

    /// The first offset (relative to the regions) where `length` bytes at `aPos` of `a` and at `bPos` of
    /// `b` differ, or -1.
    static long mismatch(Path a, long aPos, Path b, long bPos, long length, Meter meter) throws IOException {
        try (FileChannel ca = FileChannel.open(a, StandardOpenOption.READ);
             FileChannel cb = FileChannel.open(b, StandardOpenOption.READ)) {
            return mismatch(ca, aPos, cb, bPos, length, meter);
        }
    }

    private static long mismatch(FileChannel a, long aPos, FileChannel b, long bPos, long length, Meter meter)
            throws IOException {
        for (long pos = 0; pos < length; pos += WINDOW) {
            long n = Math.min(WINDOW, length - pos);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment sa = a.map(FileChannel.MapMode.READ_ONLY, aPos + pos, n, arena);
                MemorySegment sb = b.map(FileChannel.MapMode.READ_ONLY, bPos + pos, n, arena);
                long at = sa.mismatch(sb);
                if (at >= 0) {
                    return pos + at;
                }
            }
            meter.advance(n);
        }
        return -1;
    }
}
