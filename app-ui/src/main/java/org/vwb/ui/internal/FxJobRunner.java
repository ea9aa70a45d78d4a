package org.vwb.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import javafx.concurrent.WorkerStateEvent;

import org.vwb.common.Job;
import org.vwb.common.JobCancelledException;
import org.vwb.ui.FxJob;
import org.vwb.ui.JobHandle;
import org.vwb.ui.JobRunner;

/// Runs each job as an [FxJob] on `executor` (never on the FX thread) and, when given a status, shows it
/// there. Callbacks arrive on the FX thread, through the task's state events; submit on the FX thread.
public final class FxJobRunner implements JobRunner {

    private final ExecutorService executor;
    private final Optional<JobStatus> status;
    private final List<FxJob<?>> live = new ArrayList<>();

    /// Runs jobs on `executor`, reporting to `status`.
    public FxJobRunner(ExecutorService executor, JobStatus status) {
        this(executor, Optional.of(status));
    }

    /// Runs jobs on `executor`, reporting to `status` when present (quiet background work has none).
    public FxJobRunner(ExecutorService executor, Optional<JobStatus> status) {
        this.executor = executor;
        this.status = status;
    }

    @Override
    public <R> JobHandle submit(String title, Job<R> job, Consumer<? super R> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            return () -> { }; // the window is closing: nothing runs any more
        }
        FxJob<R> task = new FxJob<>(title, job);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            ended(task, title + " — done");
            onSuccess.accept(task.getValue());
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            Throwable error = task.getException();
            if (error instanceof JobCancelledException || task.cancellationRequested()) {
                ended(task, title + " — cancelled");
            } else {
                ended(task, title + " — failed");
                onFailure.accept(error);
            }
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> ended(task, title + " — cancelled"));
        live.add(task);
        status.ifPresent(s -> s.follow(task));
        executor.execute(task);
        return () -> task.cancel(false);
    }

    private void ended(FxJob<?> task, String outcome) {
        live.remove(task);
        status.ifPresent(s -> s.finished(task, outcome));
    }

    @Override
    public List<String> running() {
        return live.stream().map(FxJob::getTitle).toList();
    }

    @Override
    public void cancelAll() {
        List.copyOf(live).forEach(t -> t.cancel(false));
    }
}
