package org.vwb.ui;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import javafx.concurrent.Task;

import org.vwb.common.Cancellation;
import org.vwb.common.Job;
import org.vwb.common.JobContext;
import org.vwb.common.ProgressSink;

/// The one adapter between a core [Job] and JavaFX: runs the job as a [Task] on a worker thread, turns its
/// progress reports into `updateProgress`/`updateMessage` (which JavaFX coalesces onto the FX thread) and
/// turns `cancel()` into a cooperative [Cancellation#request()].
///
/// @param <R> the job's result type
public final class FxJob<R> extends Task<R> {

    private final Job<R> job;
    private final Cancellation cancellation = new Cancellation();

    /// Wraps `job`; `title` names it in the status bar.
    public FxJob(String title, Job<R> job) {
        this.job = Objects.requireNonNull(job, "job");
        updateTitle(Objects.requireNonNull(title, "title"));
    }

    @Override
    protected R call() throws Exception {
        return job.run(new JobContext(new Sink(), cancellation));
    }

    /// Asks the job to stop at its next check, then marks the task cancelled. The worker thread is never
    /// interrupted: core jobs write atomically and stop cleanly at their own checkpoints.
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        cancellation.request();
        return super.cancel(false);
    }

    /// Whether a stop was requested (by [#cancel(boolean)]).
    public boolean cancellationRequested() {
        return cancellation.isRequested();
    }

    /// Forwards the job's reports; called on the worker thread.
    private final class Sink implements ProgressSink {
        private final AtomicLong done = new AtomicLong();
        private volatile long total = -1;
        private volatile String stage = "";

        @Override
        public void begin(String stageName, long totalUnits) {
            stage = stageName;
            total = totalUnits;
            done.set(0);
            updateMessage(stageName);
            updateProgress(totalUnits < 0 ? -1 : 0, totalUnits < 0 ? 1 : totalUnits);
        }

        @Override
        public void advance(long units) {
            long now = done.addAndGet(units);
            if (total > 0) {
                updateProgress(Math.min(now, total), total);
            }
        }

        @Override
        public void note(String message) {
            updateMessage(stage.isEmpty() ? message : stage + ": " + message);
        }
    }
}
