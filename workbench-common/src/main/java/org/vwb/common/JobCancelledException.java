package org.vwb.common;

/// Thrown from [Cancellation#check()] when the user asked a job to stop. Outputs in progress are discarded.
public final class JobCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /// Creates the exception with a fixed message.
    public JobCancelledException() {
        super("cancelled");
    }
}
