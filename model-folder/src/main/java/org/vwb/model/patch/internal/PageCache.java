package org.vwb.model.patch.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.Optional;

/// Drops the page-cache pages of bytes of a file that were read and will not be read again, with
/// `posix_fadvise(fd, offset, len, POSIX_FADV_DONTNEED)` on a descriptor of the file opened through FFM.
///
/// Why: a patch copies a 13.5 GB base into a 13.8 GB output and then verifies the output. The base's
/// pages, read once, would otherwise take half of the page cache and evict the freshly written output
/// before the verify reads it back, so the verify would read much of the output from disk. With the
/// base's pages dropped as the copy passes them, the output stays cached and the verify reads it from
/// memory (on the 7B-shaped benchmark at load 2–4: 2.8–5.9 s against 6.7–13.7 s; docs/BENCHMARKS.md).
/// The kernel's read-ahead is kept (unlike `O_DIRECT`). Clean pages only are dropped: the base is never
/// written. [#prefetch] is the opposite advice (`POSIX_FADV_WILLNEED`), for base bytes the copy leaves
/// to others that read them soon.
///
/// Best effort and silent: on a system without `posix_fadvise` (not Linux), when the file cannot be
/// opened a second time, or when the call fails, nothing is dropped and the copy goes on as it would
/// have; tmpfs ignores the advice. Page-cache contents never change what is read.
final class PageCache implements AutoCloseable {
    /// Linux's `POSIX_FADV_DONTNEED`.
    private static final int DONTNEED = 4;
    /// Linux's `POSIX_FADV_WILLNEED`.
    private static final int WILLNEED = 3;
    /// Bytes per `WILLNEED` call: the smallest read-ahead window Linux uses by default.
    private static final long PREFETCH_PIECE = 128L << 10;
    /// Linux's `O_RDONLY | O_CLOEXEC`.
    private static final int FLAGS = 0x80000;
    private static final PageCache NONE = new PageCache(-1);

    private final int fd;

    private PageCache(int fd) {
        this.fd = fd;
    }

    /// A dropper for `file`, or one that does nothing where dropping is unavailable.
    static PageCache open(Path file) {
        if (Native.HANDLES.isEmpty()) {
            return NONE;
        }
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) Native.HANDLES.get().open().invokeExact(arena.allocateFrom(file.toString()), FLAGS, 0);
            return fd < 0 ? NONE : new PageCache(fd);
        } catch (Throwable e) { // invokeExact declares Throwable; the C function cannot throw
            return NONE;
        }
    }

    /// A dropper that does nothing (what [#open] returns where dropping is unavailable or turned off).
    static PageCache none() {
        return NONE;
    }

    /// Whether this dropper reaches the kernel.
    boolean active() {
        return fd >= 0;
    }

    /// Advises the kernel that `length` bytes at `position` will not be read again.
    void drop(long position, long length) {
        advise(position, length, DONTNEED);
    }

    /// Asks the kernel to start reading `length` bytes at `position` into the page cache now, without
    /// waiting for them (read-ahead of bytes another thread reads soon).
    void prefetch(long position, long length) {
        // Linux reads at most the device's read-ahead window per call (measured: one call for 250 MB read
        // 8 MB here), so the range is advised in pieces no window is smaller than.
        for (long at = position; at < position + length; at += PREFETCH_PIECE) {
            advise(at, Math.min(PREFETCH_PIECE, position + length - at), WILLNEED);
        }
    }

    private void advise(long position, long length, int advice) {
        if (fd < 0 || length <= 0) {
            return;
        }
        try {
            int rc = (int) Native.HANDLES.get().fadvise().invokeExact(fd, position, length, advice);
            assert rc >= 0 : rc; // an error number means "not done", which changes no byte
        } catch (Throwable e) { // invokeExact declares Throwable; the C function cannot throw
            // best effort: see the class comment
        }
    }

    @Override
    public void close() {
        if (fd >= 0) {
            try {
                int rc = (int) Native.HANDLES.get().close().invokeExact(fd);
                assert rc >= -1 : rc;
            } catch (Throwable e) { // invokeExact declares Throwable; the C function cannot throw
                // a read-only descriptor: nothing to flush, nothing lost
            }
        }
    }

    /// The three C functions, looked up once; empty off Linux, where the constants above do not apply,
    /// when `-Dvwb.patch.drop-cache=false`, or when the lookup fails.
    private record Native(MethodHandle open, MethodHandle fadvise, MethodHandle close) {
        static final Optional<Native> HANDLES = lookup();

        private static Optional<Native> lookup() {
            if (!System.getProperty("os.name", "").startsWith("Linux")
                    || !Boolean.parseBoolean(System.getProperty("vwb.patch.drop-cache", "true"))) {
                return Optional.empty();
            }
            try {
                return find(Linker.nativeLinker());
            } catch (IllegalCallerException e) { // native access denied (--illegal-native-access=deny)
                return Optional.empty();
            }
        }

        private static Optional<Native> find(Linker linker) {
            var libc = linker.defaultLookup();
            Optional<MemorySegment> open = libc.find("open");
            Optional<MemorySegment> fadvise = libc.find("posix_fadvise");
            Optional<MemorySegment> close = libc.find("close");
            if (open.isEmpty() || fadvise.isEmpty() || close.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Native(
                    linker.downcallHandle(open.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), Linker.Option.firstVariadicArg(2)),
                    linker.downcallHandle(fadvise.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                            ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT)),
                    linker.downcallHandle(close.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                            ValueLayout.JAVA_INT))));
        }
    }
}
