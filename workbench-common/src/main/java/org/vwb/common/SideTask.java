package org.vwb.common;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/// A piece of a job run on its own thread beside the job's main work, with its own cancellation and no
/// progress output (two stages drawing one progress line would garble it). [#await] returns its result
/// or rethrows its failure as it was; [#stop] cancels it and waits for it to end, so that nothing it
/// reads is deleted under it.
///
/// @param <T> the result type
public final class SideTask<T> {

    /// The work: gets the side task's own context.
    @FunctionalInterface
    public interface Work<T> {
        T run(JobContext ctx) throws IOException;
    }

    private final Cancellation cancellation = new Cancellation();
    private final FutureTask<T> task;
    private final Thread thread;
    private final long start = System.nanoTime();
    private long millis;

    private SideTask(String name, ProgressSink progress, Work<T> work) {
        JobContext ctx = new JobContext(progress, cancellation);
        this.task = new FutureTask<>(() -> {
            try {
                return work.run(ctx);
            } finally {
                millis = (System.nanoTime() - start) / 1_000_000;
            }
        });
        this.thread = Thread.ofPlatform().name(name).daemon().unstarted(task);
    }

    /// Starts `work` on a new daemon thread named `name`.
    public static <T> SideTask<T> start(String name, Work<T> work) {
        return start(name, ProgressSink.NONE, work);
    }

    /// Starts `work` on a new daemon thread named `name`, reporting to `progress` (a sink of its own,
    /// e.g. a byte counter that the job's main thread reads: not the job's sink).
    public static <T> SideTask<T> start(String name, ProgressSink progress, Work<T> work) {
        SideTask<T> t = new SideTask<>(name, progress, work);
        t.thread.start();
        return t;
    }

    /// Waits for the result; when `main` (the job's context) is cancelled meanwhile, stops the task and
    /// throws the cancellation.
    ///
    /// @throws IOException or an unchecked exception: what the work threw
    public T await(JobContext main) throws IOException {
        return await(main, () -> { });
    }

    /// As [#await(JobContext)], calling `whileWaiting` on the waiting thread about every 100 ms (to
    /// report the side task's progress as the main job's). What `whileWaiting` throws is rethrown once
    /// the task has been stopped.
    ///
    /// @throws IOException or an unchecked exception: what the work threw
    public T await(JobContext main, Runnable whileWaiting) throws IOException {
        try {
            while (true) {
                try {
                    return task.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    runStoppingOnFailure(whileWaiting);
                    if (main.cancellation().isRequested()) {
                        stop();
                        main.cancellation().check();
                    }
                }
            }
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for " + thread.getName());
        } catch (ExecutionException e) {
            Threads.rethrow(e.getCause());
            throw new IllegalStateException(e); // not reached: rethrow always throws
        }
    }

    /// Runs `whileWaiting`; if it throws (the patch's callback reports to the job's meter, which throws
    /// the job's cancellation), stops the task first, so that the caller's clean-up (deleting the folder
    /// the task writes into) never runs beside it.
    private void runStoppingOnFailure(Runnable whileWaiting) {
        try {
            whileWaiting.run();
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    /// Whether it has ended (normally, by failing, or cancelled).
    public boolean isDone() {
        return task.isDone();
    }

    /// Its wall time, once it has ended.
    public long millis() {
        return millis;
    }

    /// Cancels it and waits until its thread has ended (it checks its cancellation between chunks).
    public void stop() {
        cancellation.request();
        Threads.joinUninterruptibly(thread);
    }
}
