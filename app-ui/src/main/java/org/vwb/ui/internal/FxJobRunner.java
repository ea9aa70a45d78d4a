package org.vwb.ui.internal;

import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import javafx.concurrent.WorkerStateEvent;

import org.vwb.common.Job;
import org.vwb.common.JobCancelledException;
import org.vwb.ui.FxJob;
import org.vwb.ui.JobRunner;

/// Runs each job as an [FxJob] on `executor` (never on the FX thread) and shows it in `status`.
/// Callbacks arrive on the FX thread, through the task's state events.
public final class FxJobRunner implements JobRunner {

    private final ExecutorService executor;
    private final JobStatus status;

    /// Runs jobs on `executor`, reporting to `status`.
    public FxJobRunner(ExecutorService executor, JobStatus status) {
        this.executor = executor;
        this.status = status;
    }

    @Override
    public <R> void submit(String title, Job<R> job, Consumer<? super R> onSuccess, Consumer<Throwable> onFailure) {
        FxJob<R> task = new FxJob<>(title, job);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            status.finished(task, title + " — done");
            onSuccess.accept(task.getValue());
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            Throwable error = task.getException();
            if (error instanceof JobCancelledException) {
                status.finished(task, title + " — cancelled");
            } else {
                status.finished(task, title + " — failed");
                onFailure.accept(error);
            }
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> status.finished(task, title + " — cancelled"));
        status.follow(task);
        executor.execute(task);
    }
}
