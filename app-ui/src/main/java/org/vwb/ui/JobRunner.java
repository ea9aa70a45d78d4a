package org.vwb.ui;

import java.util.function.Consumer;

import org.vwb.common.Job;

/// Runs core jobs for a view model and reports their outcome. The GUI runs them off the FX thread
/// through [FxJob]; view model tests run them synchronously on the calling thread.
public interface JobRunner {

    /// Starts `job`. Exactly one of `onSuccess` and `onFailure` is called later, on the FX thread (or
    /// on the caller's thread in a synchronous runner); neither is called when the job was cancelled.
    <R> void submit(String title, Job<R> job, Consumer<? super R> onSuccess, Consumer<Throwable> onFailure);
}
