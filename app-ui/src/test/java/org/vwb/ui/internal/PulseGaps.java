package org.vwb.ui.internal;

import javafx.animation.AnimationTimer;

/// Records the longest gap between two consecutive JavaFX pulses, as seen by an [AnimationTimer] (which runs
/// on the FX thread once per pulse, about 60 times a second while it is started): a gap much longer than
/// a frame is a time the FX thread was busy and the window could not repaint or react. Start, stop and
/// read it on the FX thread.
final class PulseGaps extends AnimationTimer {

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private long last = -1;
    private long lastCpu;
    private long longest;
    private long longestCpu;
    private long busiest;
    private long pulses;

    @Override
    public void handle(long now) {
        // The FX thread's own CPU time across the gap tells a busy FX thread (CPU ≈ gap) from one that was
        // ready but not scheduled on a loaded machine (CPU ≪ gap).
        long cpu = THREADS.getCurrentThreadCpuTime();
        if (last >= 0 && now - last > longest) {
            longest = now - last;
            longestCpu = cpu - lastCpu;
        }
        if (last >= 0) {
            busiest = Math.max(busiest, cpu - lastCpu);
        }
        last = now;
        lastCpu = cpu;
        pulses++;
    }

    /// Forgets what was recorded (call between phases).
    void reset() {
        last = -1;
        longest = 0;
        longestCpu = 0;
        busiest = 0;
        pulses = 0;
    }

    /// The longest gap between pulses, in milliseconds.
    double longestMillis() {
        return longest / 1e6;
    }

    /// The FX thread's CPU time during the longest gap, in milliseconds.
    double longestCpuMillis() {
        return longestCpu / 1e6;
    }

    /// The most CPU time the FX thread spent between two pulses, in milliseconds: its own work, whatever
    /// the load of the machine.
    double busiestCpuMillis() {
        return busiest / 1e6;
    }

    /// Pulses seen since the last reset.
    long pulses() {
        return pulses;
    }
}
