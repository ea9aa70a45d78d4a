package org.vwb.ui;

/// A submitted job, as far as its submitter may touch it.
@FunctionalInterface
public interface JobHandle {

    /// Asks the job to stop at its next check; its callbacks are then not called. Harmless once it ended.
    void cancel();
}
