package org.vwb.model.patch.internal;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/// Byte comparison of files and file regions, one 64 MiB window at a time, from the last window to the
/// first (see [#compare]); progress and cancellation come between windows.
///
/// Two whole files that share every block ([Reflink#sameBlocks]: a clone) are identical without
/// reading them; of two ranges, the whole blocks they share ([Reflink#sharedInterior]) are, and only the
/// bytes around them are compared. A range whose base bytes were digested while the patch copied them
/// ([CopyDigests]) is compared by digest: only the output is read. Any other range is compared over
/// memory mappings of both files, each window unmapped before the next, so resident memory stays at two
/// windows however large the checkpoint (a whole-file mapping would count every compared page of a 13 GB
/// model in the process's RSS).
final class FileBytes {
    private static final long WINDOW = WindowDigests.WINDOW;

    private FileBytes() {
    }

    /// The first offset where `a` and `b` differ, their common length when one is a prefix of the other,
    /// or -1 when they are identical.
    static long mismatch(Path a, Path b, Meter meter, CopyDigests known) throws IOException {
        if (Reflink.sameBlocks(a, b)) { // a clone: the same shared blocks hold both files' bytes
            meter.advance(java.nio.file.Files.size(a));
            return -1;
        }
        try (FileChannel ca = FileChannel.open(a, StandardOpenOption.READ);
             FileChannel cb = FileChannel.open(b, StandardOpenOption.READ)) {
            long common = Math.min(ca.size(), cb.size());
            Optional<long[]> digests = ca.size() == cb.size() ? known.get(a, 0, common) : Optional.empty();
            long at = compare(ca, 0, cb, b, 0, common, digests, meter);
            return at >= 0 ? at : ca.size() == cb.size() ? -1 : common;
        }
    }

    /// The first offset (relative to the regions) where `length` bytes at `aPos` of `a` and at `bPos` of
    /// `b` differ, or -1.
    static long mismatch(Path a, long aPos, Path b, long bPos, long length, Meter meter, CopyDigests known)
            throws IOException {
        try (FileChannel ca = FileChannel.open(a, StandardOpenOption.READ);
             FileChannel cb = FileChannel.open(b, StandardOpenOption.READ)) {
            if (ca.size() < aPos + length || cb.size() < bPos + length) {
                throw new java.io.EOFException((ca.size() < aPos + length ? a : b) + ": shorter than the region ["
                        + (ca.size() < aPos + length ? aPos : bPos) + ", +" + length + ") being compared");
            }
            Optional<long[]> shared = Reflink.sharedInterior(a, aPos, b, bPos, length, Reflink.blockSize(b));
            if (shared.isPresent()) { // cloned blocks: only the bytes before and after them are read
                long from = shared.get()[0];
                long to = shared.get()[1];
                long at = window(ca, aPos, cb, bPos, from);
                long tail = at < 0 ? window(ca, aPos + to, cb, bPos + to, length - to) : -1;
                meter.advance(length);
                return at >= 0 ? at : tail >= 0 ? to + tail : -1;
            }
            return compare(ca, aPos, cb, b, bPos, length, known.get(a, aPos, length), meter);
        }
    }

    /// Windows from the last to the first: the verify runs right after the write, and what the page cache
    /// still holds of the files is what was copied last. Comparing that first means it is read from
    /// memory; going forwards would read the evicted beginning from disk and, least recently used first,
    /// evict the cached end before reaching it. Every window is compared so that the lowest differing
    /// offset is the one reported. With `digests` (of `a`'s range, one per window) a window of `b` is
    /// mapped and digested, and compared byte for byte with `a` only when its digest differs.
    private static long compare(FileChannel a, long aPos, FileChannel b, Path bFile, long bPos, long length,
                                Optional<long[]> digests, Meter meter) throws IOException {
        if (digests.isPresent() && digests.get().length != WindowDigests.windows(length)) {
            throw new IllegalStateException("digests of " + digests.get().length + " windows for " + length + " bytes");
        }
        long first = -1;
        for (long pos = (Math.max(0, length - 1) / WINDOW) * WINDOW; pos >= 0 && length > 0; pos -= WINDOW) {
            long n = Math.min(WINDOW, length - pos);
            boolean same = digests.isPresent()
                    && WindowDigests.of(b, bFile, bPos + pos, n) == digests.get()[(int) (pos / WINDOW)];
            long at = same ? -1 : window(a, aPos + pos, b, bPos + pos, n);
            if (at >= 0) {
                first = pos + at;
            }
            meter.advance(n);
        }
        return first;
    }

    /// The first offset where `n` bytes at `aPos` of `a` and at `bPos` of `b` differ, or -1.
    static long window(FileChannel a, long aPos, FileChannel b, long bPos, long n) throws IOException {
        if (n == 0) {
            return -1;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment sa = a.map(FileChannel.MapMode.READ_ONLY, aPos, n, arena);
            MemorySegment sb = b.map(FileChannel.MapMode.READ_ONLY, bPos, n, arena);
            return sa.mismatch(sb);
        }
    }
}
