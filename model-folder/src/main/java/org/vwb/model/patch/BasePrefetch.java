package org.vwb.model.patch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.vwb.model.patch.internal.PageCache;

/// Reads a base checkpoint's `*.safetensors` files into the page cache on a background thread while a job
/// does work that needs the CPU and not the disk (mining, merging, computing new rows), so that the
/// patch's copy later finds the base in memory and only has to write.
///
/// Why: a patch rewrites every shard that holds the embedding or the head (both shards of Llama-2-7B), so
/// its copy reads and writes the whole 13.5 GB checkpoint on one disk, at `cp -r` speed. The stages
/// before it run for about as long and leave the disk idle; this moves the reads there. The kernel does
/// the reading (`posix_fadvise(POSIX_FADV_WILLNEED)`, 64 MiB at a time): no byte passes through the JVM,
/// and nothing in the output depends on it.
///
/// It reads at most what the page cache can hold beside the job: `MemAvailable` (Linux's
/// `/proc/meminfo`) at the start minus the heap the JVM may still claim and 2 GiB, so that prefetched
/// pages are not evicted again before the copy uses them (the copy drops each base page once copied,
/// making room for the output). Off Linux, or with `-Dvwb.patch.prefetch=false`, it does nothing.
/// [#close] stops it between chunks and waits for its thread.
public final class BasePrefetch implements AutoCloseable {
    /// Bytes advised per call: a stop is honoured within one chunk.
    private static final long CHUNK = 64L << 20;
    /// Memory left to everything else.
    private static final long RESERVE = 2L << 30;

    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong advised = new AtomicLong();
    private final Thread thread;

    private BasePrefetch(List<Path> files, long budget) {
        this.thread = Thread.ofPlatform().daemon().name("vwb-base-prefetch").unstarted(() -> run(files, budget));
    }

    /// Starts prefetching the `*.safetensors` files of `baseFolder`, in name order (the order of the
    /// shards, which is the order the patch copies them in); nothing when it is not a folder.
    ///
    /// @throws IOException when the folder cannot be listed
    public static BasePrefetch start(Path baseFolder) throws IOException {
        List<Path> files = List.of();
        if (Files.isDirectory(baseFolder)) {
            try (Stream<Path> s = Files.list(baseFolder)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".safetensors") && Files.isRegularFile(p))
                        .sorted().toList();
            }
        }
        boolean on = Boolean.parseBoolean(System.getProperty("vwb.patch.prefetch", "true"));
        BasePrefetch p = new BasePrefetch(files, on ? budget() : 0);
        p.thread.start();
        return p;
    }

    /// Bytes whose reading was requested so far.
    public long bytes() {
        return advised.get();
    }

    /// Stops prefetching and waits for the thread (at most one chunk).
    @Override
    public void close() {
        stop.set(true);
        awaitEnd();
    }

    /// Waits until the thread has ended (for tests: without [#close], when it has read its budget).
    void awaitEnd() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the thread ends within one chunk: wait for it, then restore the flag
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(List<Path> files, long budget) {
        long left = budget;
        for (Path f : files) {
            try (PageCache cache = PageCache.open(f)) {
                long size = Files.size(f);
                for (long pos = 0; pos < size && left > 0 && !stop.get() && cache.active(); pos += CHUNK) {
                    long n = Math.min(Math.min(CHUNK, size - pos), left);
                    cache.willNeed(pos, n);
                    advised.addAndGet(n);
                    left -= n;
                }
            } catch (IOException e) {
                return; // a file that vanished: the patch reports it; prefetching is only a speed-up
            }
        }
    }

    /// `MemAvailable` minus the heap the JVM may still take and [#RESERVE]; 0 when unknown.
    private static long budget() {
        Path meminfo = Path.of("/proc/meminfo");
        if (!Files.isReadable(meminfo)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(meminfo)) {
            long kib = lines.filter(l -> l.startsWith("MemAvailable:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
            Runtime rt = Runtime.getRuntime();
            return Math.max(0, kib * 1024 - (rt.maxMemory() - rt.totalMemory()) - RESERVE);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
