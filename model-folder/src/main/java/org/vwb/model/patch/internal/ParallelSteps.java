package org.vwb.model.patch.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/// Runs the last steps of a patch on every core — the verify's byte comparisons, the grown tensors'
/// appends to their shards — and reports what they find in the order they were submitted, as one
/// thread would have.
///
/// Why: after the base copy only these steps are left, and on one thread the verify read the 13.5 GB
/// output at 4 GB/s from the page cache while the other core was idle (docs/BENCHMARKS.md). Each step
/// gets a [Differences] of its own, merged in submission order by [#finish], so the report does not
/// depend on which thread ran first. A failure or cancellation in a step is rethrown by [#finish] as
/// it was.
final class ParallelSteps implements AutoCloseable {
    /// One step, writing what it finds into its own list.
    @FunctionalInterface
    interface Step {
        void run(Differences found) throws IOException;
    }

    private record Submitted(Future<Differences> result) {
    }

    private final ExecutorService pool;
    private final List<Submitted> submitted = new ArrayList<>();

    /// Steps on `threads` threads (1: still on a thread of their own, in order).
    ParallelSteps(int threads) {
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads),
                Thread.ofPlatform().name("vwb-patch-", 0).daemon().factory());
    }

    /// Steps on as many threads as there are cores.
    static ParallelSteps perCore() {
        return new ParallelSteps(Runtime.getRuntime().availableProcessors());
    }

    /// Queues `step`.
    void submit(Step step) {
        submitted.add(new Submitted(pool.submit(() -> {
            Differences d = new Differences();
            step.run(d);
            return d;
        })));
    }

    /// Waits for every step and adds their differences to `into`, in submission order.
    ///
    /// @throws IOException or an unchecked exception: the first failure in submission order
    void finish(Differences into) throws IOException {
        for (Submitted s : submitted) {
            into.addAll(await(s.result()));
        }
        submitted.clear();
    }

    private static Differences await(Future<Differences> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while verifying");
        } catch (ExecutionException e) {
            org.vwb.common.Threads.rethrow(e.getCause());
            throw new IllegalStateException(e); // not reached: rethrow always throws
        }
    }

    /// Stops steps not started yet and waits for the running ones (they read files the caller may
    /// delete next).
    @Override
    public void close() {
        pool.shutdownNow();
        pool.close();
    }
}
