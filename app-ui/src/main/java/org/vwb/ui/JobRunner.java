package org.vwb.ui;

import java.util.List;
import java.util.function.Consumer;

import org.vwb.common.Job;

/// Runs core jobs for a view model and reports their outcome. The GUI runs them off the FX thread
/// through [FxJob]; view model tests run them synchronously on the calling thread, or hold them.
public interface JobRunner {

    /// Starts `job`. Exactly one of `onSuccess` and `onFailure` is called later, on the FX thread (or
    /// on the caller's thread in a synchronous runner); neither is called when the job was cancelled.
    /// The handle asks this one job to stop.
    <R> JobHandle submit(String title, Job<R> job, Consumer<? super R> onSuccess, Consumer<Throwable> onFailure);

    /// The titles of the jobs submitted here that have not ended yet, oldest first.
    List<String> running();

    /// Asks every job that has not ended yet to stop.
    void cancelAll();
}
