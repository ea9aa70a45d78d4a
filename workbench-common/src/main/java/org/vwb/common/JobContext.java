package org.vwb.common;

import java.util.Objects;

/// What a running job gets besides its request: where to report and whether to stop.
///
/// @param progress where progress goes
/// @param cancellation checked by the job between chunks of work
public record JobContext(ProgressSink progress, Cancellation cancellation) {

    /// Validates that both parts are present.
    public JobContext {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    /// A context that reports nowhere and is never cancelled: for tests and synchronous callers.
    public static JobContext silent() {
        return new JobContext(ProgressSink.NONE, new Cancellation());
    }
}
