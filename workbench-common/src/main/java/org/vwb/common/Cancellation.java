package org.vwb.common;

/// Cooperative cancellation flag shared by a job and whoever started it.
///
/// Loops call [#check()] once per chunk of work (a row block, a shard, a file), not per element.
public final class Cancellation {
    private volatile boolean requested;

    /// Asks the job to stop at its next check. Idempotent and thread-safe.
    public void request() {
        requested = true;
    }

    /// Whether a stop was asked for.
    public boolean isRequested() {
        return requested;
    }

    /// Throws [JobCancelledException] if a stop was asked for.
    public void check() {
        if (requested) {
            throw new JobCancelledException();
        }
    }
}
