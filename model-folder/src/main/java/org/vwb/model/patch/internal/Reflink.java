package org.vwb.model.patch.internal;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/// Whole-file clones on file systems that share blocks between files (XFS with reflink, btrfs, bcachefs),
/// and the proof that two files share every block: the issue's "every other shard is copied byte for byte
/// (reflink/`copy_file_range` where the file system allows)".
///
/// Why: a shard that holds neither the embedding nor the head is copied unchanged. Read and written
/// through the process (to take the verify's digests, [ByteCopy]) a 10 GB shard costs the disk 20 GB of
/// I/O; cloned with `ioctl(FICLONE)` it costs a few metadata blocks and milliseconds, and the copy is still
/// a separate file (a later write to either is copied on write). The verify then need not read either
/// file: [#sameBlocks] asks both files' extent maps (`ioctl(FS_IOC_FIEMAP)`) and accepts them as identical
/// when every extent of one is, at the same offset and length, the same shared physical extent of the
/// other, and a few sampled bytes agree. Anything it cannot prove that way (another file system, an
/// extent that is compressed, inline, delayed or not shared) is left to the byte comparison.
///
/// Ranges of files are cloned too ([#cloneRange], `ioctl(FICLONERANGE)`): the unchanged tensors of a
/// rewritten shard, placed at the same offset within a block as in the base ([Prefill]), share the base's
/// blocks, and [#sharedInterior] proves it for the whole blocks of a range.
///
/// Best effort: off Linux, when the file system cannot clone (ext4, tmpfs, across file systems), when
/// native access is denied, or with `-Dvwb.patch.clone=false`, [#cloneFile] returns false and leaves no
/// file behind, and the caller copies as it would have.
final class Reflink {
    /// `FICLONE` = `_IOW(0x94, 9, int)`.
    private static final long FICLONE = 0x40049409L;
    /// `FICLONERANGE` = `_IOW(0x94, 13, struct file_clone_range)` (32 bytes).
    private static final long FICLONERANGE = 0x4020940DL;
    /// `FS_IOC_FIEMAP` = `_IOWR('f', 11, struct fiemap)` (32 bytes).
    private static final long FIEMAP = 0xC020660BL;
    /// `O_RDONLY | O_CLOEXEC` and `O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC`.
    private static final int READ = 0x80000;
    private static final int CREATE = 0x1 | 0x40 | 0x80 | 0x80000;
    /// `O_WRONLY | O_CLOEXEC`.
    private static final int WRITE = 0x1 | 0x80000;
    /// The block size assumed where the file system does not say: Linux's page size on x86-64 and the
    /// usual block size of XFS and btrfs.
    private static final long DEFAULT_BLOCK = 4096;
    /// Mode of a created file before the umask: the JDK's for files it creates, as the copies are.
    private static final int MODE = 0666;
    /// `struct fiemap` and `struct fiemap_extent` sizes; extents asked for per call.
    private static final int HEADER = 32;
    private static final int EXTENT = 56;
    private static final int EXTENTS_PER_CALL = 256;
    /// `FIEMAP_FLAG_SYNC`: write the file's dirty pages back first, so that the map describes its bytes.
    private static final int FLAG_SYNC = 0x1;
    /// Extent flags: the last one; shared with another file; merged by the kernel; neither changes bytes.
    private static final int LAST = 0x1;
    private static final int SHARED = 0x2000;
    private static final int MERGED = 0x1000;
    /// Extent flags under which a physical address does not locate the bytes alone: unknown, delayed,
    /// encoded (compressed: two files may read different parts of one extent), encrypted, not aligned,
    /// inline and tail data.
    private static final int UNPROVABLE = 0x2 | 0x4 | 0x8 | 0x80 | 0x100 | 0x200 | 0x400;
    /// Bytes compared directly at the start, middle and end of files judged identical by their extents.
    private static final int SAMPLE = 64 << 10;

    private Reflink() {
    }

    /// Creates `target` as a clone of `source`; false, with no `target` left, when the file system cannot
    /// clone or anything else fails (the caller then copies). `target` must not exist.
    static boolean cloneFile(Path source, Path target) {
        if (Native.HANDLES.isEmpty()) {
            return false;
        }
        Native c = Native.HANDLES.get();
        boolean created = false;
        try (Arena arena = Arena.ofConfined()) {
            int in = (int) c.open().invokeExact(arena.allocateFrom(source.toString()), READ, 0);
            if (in < 0) {
                return false;
            }
            int out = -1;
            boolean cloned = false;
            try {
                out = (int) c.open().invokeExact(arena.allocateFrom(target.toString()), CREATE, MODE);
                created = out >= 0; // O_EXCL: a file that existed is never ours to delete
                cloned = created && (int) c.ioctlInt().invokeExact(out, FICLONE, in) == 0;
            } finally {
                int rc = (int) c.close().invokeExact(in);
                if (out >= 0) {
                    rc |= (int) c.close().invokeExact(out);
                }
                cloned &= rc == 0;
            }
            if (!cloned && created) {
                Files.deleteIfExists(target); // the copy starts over from nothing
            }
            return cloned;
        } catch (Throwable e) { // invokeExact declares Throwable; an I/O error deleting ends the attempt too
            if (created) {
                try {
                    Files.deleteIfExists(target);
                } catch (IOException ignored) {
                    // the caller's copy then fails on the existing file and says so
                }
            }
            return false;
        }
    }

    /// The block size in which `folder`'s file system clones ranges from `source`, or 0 when it cannot:
    /// found by cloning `source`'s first block into a probe file in `folder` whose name starts with
    /// `prefix` (deleted again).
    static long cloneBlock(Path source, Path folder, String prefix) {
        if (Native.HANDLES.isEmpty()) {
            return 0;
        }
        try {
            long block = blockSize(folder);
            if (Files.size(source) < block) {
                return 0;
            }
            Path probe = Files.createTempFile(folder, prefix, "");
            try {
                return cloneRange(source, 0, probe, 0, block) ? block : 0;
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | UnsupportedOperationException e) {
            return 0; // no block size, no probe file: no clones
        }
    }

    /// The block size of the file system that holds `path` (a power of two from 512 B to 1 MiB), or
    /// [#DEFAULT_BLOCK] where it does not say.
    static long blockSize(Path path) {
        try {
            long block = Files.getFileStore(path).getBlockSize();
            return block >= 512 && block <= (1 << 20) && Long.bitCount(block) == 1 ? block : DEFAULT_BLOCK;
        } catch (IOException | UnsupportedOperationException e) {
            return DEFAULT_BLOCK;
        }
    }

    /// Makes `length` bytes at `targetPos` of the existing file `target` share the blocks of the bytes at
    /// `sourcePos` of `source`; the offsets and the length must be multiples of the file system's block.
    /// False when the file system refuses (the caller then copies the bytes).
    static boolean cloneRange(Path source, long sourcePos, Path target, long targetPos, long length) {
        if (Native.HANDLES.isEmpty()) {
            return false;
        }
        Native c = Native.HANDLES.get();
        try (Arena arena = Arena.ofConfined()) {
            int in = (int) c.open().invokeExact(arena.allocateFrom(source.toString()), READ, 0);
            if (in < 0) {
                return false;
            }
            try {
                int out = (int) c.open().invokeExact(arena.allocateFrom(target.toString()), WRITE, 0);
                if (out < 0) {
                    return false;
                }
                MemorySegment range = arena.allocate(32, 8); // struct file_clone_range
                range.set(ValueLayout.JAVA_LONG, 0, in);
                range.set(ValueLayout.JAVA_LONG, 8, sourcePos);
                range.set(ValueLayout.JAVA_LONG, 16, length);
                range.set(ValueLayout.JAVA_LONG, 24, targetPos);
                boolean cloned = (int) c.ioctlPointer().invokeExact(out, FICLONERANGE, range) == 0;
                return (int) c.close().invokeExact(out) == 0 && cloned;
            } finally {
                int rc = (int) c.close().invokeExact(in);
                assert rc >= -1 : rc; // a read-only descriptor: nothing to flush
            }
        } catch (Throwable e) { // invokeExact declares Throwable; the C functions cannot throw
            return false;
        }
    }

    /// Whether `a` and `b` are two files of the same size whose every byte is stored in the same shared
    /// blocks (so they hold the same bytes), judged from their extent maps and checked on sampled bytes.
    /// False when that cannot be shown, which says nothing about their bytes.
    static boolean sameBlocks(Path a, Path b) throws IOException {
        if (Native.HANDLES.isEmpty() || Files.isSameFile(a, b)) {
            return false; // one file under two names is not a copy
        }
        long size = Files.size(a);
        if (size != Files.size(b) || size == 0) {
            return false;
        }
        return sameExtents(a, 0, b, 0, size) && samplesAgree(a, 0, b, 0, size);
    }

    /// Whether the two ranges have the same shared extents: first asked without writing anything back
    /// (where nothing is shared, as on ext4, that answers at once and costs no write-back), then once
    /// more after the kernel has written both files' dirty pages (`FIEMAP_FLAG_SYNC`): a byte written
    /// over a shared block may sit in the page cache, its block not yet copied on write.
    private static boolean sameExtents(Path a, long aPos, Path b, long bPos, long length) {
        for (boolean sync : new boolean[] {false, true}) {
            Optional<long[]> ea = extents(a, aPos, length, sync);
            Optional<long[]> eb = ea.isEmpty() ? Optional.empty() : extents(b, bPos, length, sync);
            if (eb.isEmpty() || !java.util.Arrays.equals(ea.get(), eb.get())) {
                return false;
            }
        }
        return true;
    }

    /// The whole blocks of `length` bytes at `aPos` of `a` that are stored, as the same bytes at `bPos`
    /// of `b`, in the same shared blocks: `[from, to)` relative to the ranges, or empty when that cannot
    /// be shown for every whole block (the bytes before `from` and from `to` on are the caller's to
    /// compare). The two ranges must lie at the same offset within a block.
    static Optional<long[]> sharedInterior(Path a, long aPos, Path b, long bPos, long length, long block)
            throws IOException {
        if (Native.HANDLES.isEmpty() || Math.floorMod(aPos - bPos, block) != 0 || Files.isSameFile(a, b)) {
            return Optional.empty();
        }
        long from = Math.floorMod(-aPos, block);
        long to = from + (length - from) / block * block;
        if (length - from < block) {
            return Optional.empty();
        }
        return sameExtents(a, aPos + from, b, bPos + from, to - from)
                && samplesAgree(a, aPos + from, b, bPos + from, to - from)
                ? Optional.of(new long[] {from, to}) : Optional.empty();
    }

    /// The extents of `length` bytes at `start` of `file` as (offset from `start`, physical, length,
    /// flags) quadruples, clipped to the range, adjacent ones joined; empty when any extent is not
    /// provably the file's own bytes, or not shared, or the call fails. With `sync` the kernel first writes
    /// the file's dirty pages back.
    static Optional<long[]> extents(Path file, long start, long length, boolean sync) {
        Native c = Native.HANDLES.get();
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) c.open().invokeExact(arena.allocateFrom(file.toString()), READ, 0);
            if (fd < 0) {
                return Optional.empty();
            }
            try {
                MemorySegment map = arena.allocate(HEADER + (long) EXTENT * EXTENTS_PER_CALL, 8);
                return read(c, fd, start, start + length, sync, map);
            } finally {
                int rc = (int) c.close().invokeExact(fd);
                assert rc >= -1 : rc; // a read-only descriptor: nothing to flush
            }
        } catch (Throwable e) { // invokeExact declares Throwable; the C functions cannot throw
            return Optional.empty();
        }
    }

    private static Optional<long[]> read(Native c, int fd, long from, long end, boolean sync, MemorySegment map)
            throws Throwable {
        ExtentList list = new ExtentList();
        long start = from;
        while (start < end) {
            map.fill((byte) 0);
            map.set(ValueLayout.JAVA_LONG, 0, start);
            map.set(ValueLayout.JAVA_LONG, 8, end - start);
            map.set(ValueLayout.JAVA_INT, 16, sync ? FLAG_SYNC : 0);
            map.set(ValueLayout.JAVA_INT, 24, EXTENTS_PER_CALL);
            if ((int) c.ioctlPointer().invokeExact(fd, FIEMAP, map) != 0) {
                return Optional.empty(); // no FIEMAP here (tmpfs) or an error: nothing proven
            }
            int n = map.get(ValueLayout.JAVA_INT, 20);
            if (n == 0) {
                break; // the rest is a hole
            }
            boolean last = false;
            for (int i = 0; i < n; i++) {
                long at = HEADER + (long) EXTENT * i;
                int flags = map.get(ValueLayout.JAVA_INT, at + 40);
                if ((flags & UNPROVABLE) != 0 || (flags & SHARED) == 0) {
                    return Optional.empty();
                }
                long logical = map.get(ValueLayout.JAVA_LONG, at);
                long length = map.get(ValueLayout.JAVA_LONG, at + 16);
                long lo = Math.max(logical, from); // the kernel returns whole extents overlapping the range
                long hi = Math.min(logical + length, end);
                if (hi > lo) {
                    list.add(lo - from, map.get(ValueLayout.JAVA_LONG, at + 8) + (lo - logical), hi - lo,
                            flags & ~(LAST | SHARED | MERGED));
                }
                start = Math.max(start, logical + length);
                last |= (flags & LAST) != 0;
            }
            if (last) {
                break;
            }
        }
        return Optional.of(list.toArray());
    }

    /// Compares [#SAMPLE] bytes at the start, the middle and the end of both ranges: a cheap guard against
    /// a file system whose extent map does not say what this class reads from it.
    private static boolean samplesAgree(Path a, long aPos, Path b, long bPos, long size) throws IOException {
        try (var ca = java.nio.channels.FileChannel.open(a); var cb = java.nio.channels.FileChannel.open(b)) {
            for (long at : new long[] {0, Math.max(0, size / 2 - SAMPLE / 2), Math.max(0, size - SAMPLE)}) {
                if (FileBytes.window(ca, aPos + at, cb, bPos + at, Math.min(SAMPLE, size - at)) >= 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /// Extents in file order, each joined to the one before when both its logical and physical ranges
    /// continue it with the same flags (file systems split extents differently for each file).
    private static final class ExtentList {
        private long[] q = new long[16];
        private int size;

        void add(long logical, long physical, long length, long flags) {
            if (size > 0 && q[size - 4] + q[size - 2] == logical && q[size - 3] + q[size - 2] == physical
                    && q[size - 1] == flags) {
                q[size - 2] += length;
                return;
            }
            if (size + 4 > q.length) {
                q = java.util.Arrays.copyOf(q, q.length * 2);
            }
            q[size++] = logical;
            q[size++] = physical;
            q[size++] = length;
            q[size++] = flags;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(q, size);
        }
    }

    /// The C functions, looked up once; empty off Linux (the request numbers and flags above are
    /// Linux's), with `-Dvwb.patch.clone=false`, or when native access is denied.
    private record Native(MethodHandle open, MethodHandle close, MethodHandle ioctlInt, MethodHandle ioctlPointer) {
        static final Optional<Native> HANDLES = lookup();

        private static Optional<Native> lookup() {
            if (!System.getProperty("os.name", "").startsWith("Linux")
                    || !Boolean.parseBoolean(System.getProperty("vwb.patch.clone", "true"))) {
                return Optional.empty();
            }
            try {
                Linker linker = Linker.nativeLinker();
                SymbolLookup libc = linker.defaultLookup();
                Optional<MemorySegment> open = libc.find("open");
                Optional<MemorySegment> close = libc.find("close");
                Optional<MemorySegment> ioctl = libc.find("ioctl");
                if (open.isEmpty() || close.isEmpty() || ioctl.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Native(
                        linker.downcallHandle(open.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                                ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT),
                                Linker.Option.firstVariadicArg(2)),
                        linker.downcallHandle(close.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                                ValueLayout.JAVA_INT)),
                        linker.downcallHandle(ioctl.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                                ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT),
                                Linker.Option.firstVariadicArg(2)),
                        linker.downcallHandle(ioctl.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                                ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
                                Linker.Option.firstVariadicArg(2))));
            } catch (IllegalCallerException e) { // native access denied (--illegal-native-access=deny)
                return Optional.empty();
            }
        }
    }
}
