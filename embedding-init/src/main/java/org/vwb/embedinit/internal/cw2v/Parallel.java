package org.vwb.embedinit.internal.cw2v;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/// Runs chunked loops on a fixed number of threads. Work is cut into chunks whose bounds depend only on
/// the problem, never on the thread count, and every chunk writes only its own outputs; callers reduce
/// per-chunk results in chunk order. That is what makes results identical for any `threads`.
final class Parallel implements AutoCloseable {

    /// The body of a chunked loop: handles `[from, to)` of chunk number `chunk`.
    @FunctionalInterface
    interface Body {
        void run(int chunk, int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;

    /// `threads` workers (1 runs everything on the caller's thread).
    Parallel(int threads) {
        this.threads = threads;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cw2v-worker");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /// Number of chunks `forChunks(n, chunk, …)` runs.
    static int chunks(int n, int chunk) {
        return (n + chunk - 1) / chunk;
    }

    /// Runs `body` over `[0, n)` in chunks of `chunk`, in any order and on any thread.
    void forChunks(int n, int chunk, Body body) {
        int count = chunks(n, chunk);
        if (pool == null || count <= 1) {
            for (int c = 0; c < count; c++) {
                body.run(c, c * chunk, Math.min(n, (c + 1) * chunk));
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < Math.min(threads, count); w++) {
            running.add(pool.submit(() -> {
                for (int c = next.getAndIncrement(); c < count; c = next.getAndIncrement()) {
                    body.run(c, c * chunk, Math.min(n, (c + 1) * chunk));
                }
            }));
        }
        await(running);
    }

    private static void await(List<Future<?>> running) {
        RuntimeException failure = null;
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for cw2v workers", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
