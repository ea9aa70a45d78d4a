package org.vwb.model.patch.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.vwb.common.JobContext;
import org.vwb.model.patch.PhaseTime;

/// Reports a patch's phases and byte counts to the job, checks for cancellation at every report, and
/// keeps the phases' wall times. Phases are started from one thread; [#advance] and [#check] may also
/// be called from the verify's worker threads ([ParallelSteps]).
public final class Meter {
    private final JobContext ctx;
    private final List<PhaseTime> times = new ArrayList<>();
    private String phase;
    private long phaseStart;

    /// A meter reporting to `ctx`.
    public Meter(JobContext ctx) {
        this.ctx = ctx;
    }

    /// Ends the current phase and starts `name` with `totalBytes` to go (negative: unknown).
    public synchronized void phase(String name, long totalBytes) {
        end();
        phase = name;
        phaseStart = System.nanoTime();
        ctx.progress().begin(name, totalBytes);
        ctx.cancellation().check(); // after begin: a cancel asked for as a phase starts is honoured before it runs
    }

    /// Reports `bytes` more done, then stops if cancellation was requested.
    public synchronized void advance(long bytes) {
        ctx.progress().advance(bytes);
        ctx.cancellation().check();
    }

    /// Stops if cancellation was requested.
    public void check() {
        ctx.cancellation().check();
    }

    /// Ends the current phase and returns every phase's time so far.
    public List<PhaseTime> finish() {
        end();
        return List.copyOf(times);
    }

    private void end() {
        if (phase != null) {
            times.add(new PhaseTime(phase, Duration.ofNanos(System.nanoTime() - phaseStart)));
            phase = null;
        }
    }
}
