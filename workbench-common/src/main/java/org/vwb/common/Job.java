package org.vwb.common;

import java.io.IOException;

/// A unit of work that runs when a caller submits it, on the caller's thread.
///
/// Both front ends run the same jobs: the CLI on its main thread, the GUI through its FX adapter.
///
/// @param <R> the result type
@FunctionalInterface
public interface Job<R> {

    /// Runs the job, reporting to `ctx` and honouring its cancellation.
    ///
    /// @throws IOException when an input cannot be read or an output cannot be written
    /// @throws JobCancelledException when `ctx.cancellation()` was requested
    R run(JobContext ctx) throws IOException;
}
