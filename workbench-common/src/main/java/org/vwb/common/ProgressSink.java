package org.vwb.common;

/// Where a running job reports its progress.
///
/// Called from worker threads, possibly often: implementations must be cheap and thread-safe and must
/// coalesce updates themselves (the FX adapter relies on `Task.updateProgress` doing so; the CLI throttles).
public interface ProgressSink {

    /// A sink that ignores everything.
    ProgressSink NONE = new ProgressSink() {
        @Override
        public void begin(String stage, long totalUnits) {
        }

        @Override
        public void advance(long units) {
        }
    };

    /// Starts a stage. `totalUnits < 0` means indeterminate.
    void begin(String stage, long totalUnits);

    /// Reports that `units` more units of the current stage are done.
    void advance(long units);

    /// A human-readable remark about the current stage (a warning, a file being written).
    default void note(String message) {
    }
}
