package org.vwb.model.patch.internal;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/// Byte comparison of whole files and of memory regions, over memory mappings, in chunks so that a
/// multi-GB comparison reports progress and can be cancelled.
final class FileBytes {
    private static final long CHUNK = 64L << 20;

    private FileBytes() {
    }

    /// The first offset where `a` and `b` differ, their common length when one is a prefix of the other,
    /// or -1 when they are identical.
    static long mismatch(Path a, Path b, Meter meter) throws IOException {
        try (Arena arena = Arena.ofConfined();
             FileChannel ca = FileChannel.open(a, StandardOpenOption.READ);
             FileChannel cb = FileChannel.open(b, StandardOpenOption.READ)) {
            long common = Math.min(ca.size(), cb.size());
            MemorySegment sa = ca.map(FileChannel.MapMode.READ_ONLY, 0, common, arena);
            MemorySegment sb = cb.map(FileChannel.MapMode.READ_ONLY, 0, common, arena);
            long at = mismatch(sa, sb, meter);
            return at >= 0 ? at : ca.size() == cb.size() ? -1 : common;
        }
    }

    /// The first offset where the equally long `a` and `b` differ, or -1.
    static long mismatch(MemorySegment a, MemorySegment b, Meter meter) {
        long size = a.byteSize();
        for (long pos = 0; pos < size; pos += CHUNK) {
            long end = Math.min(size, pos + CHUNK);
            long at = MemorySegment.mismatch(a, pos, end, b, pos, end);
            if (at >= 0) {
                return pos + at;
            }
            meter.advance(end - pos);
        }
        return -1;
    }
}
