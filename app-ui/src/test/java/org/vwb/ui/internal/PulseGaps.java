package org.vwb.ui.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.animation.AnimationTimer;

/// Records the longest gap between two consecutive JavaFX pulses, as seen by an [AnimationTimer] (which runs
/// on the FX thread once per pulse, about 60 times a second while it is started): a gap much longer than
/// a frame is a time the FX thread was busy and the window could not repaint or react. Start, stop and
/// read it on the FX thread.
///
/// For each gap it also reads where the CPU went: the FX thread's own time, the render thread's
/// (`QuantumRenderer`: a pulse waits for the previous frame to be rendered) and the whole process's. A gap
/// with little of any of them was the machine's load. On Linux a listed gap also names the threads that
/// used the most CPU in it ([ThreadCpu]: JIT compilers, GC, the job's own threads).
final class PulseGaps extends AnimationTimer {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /// Gaps at least this long are listed one by one ([#slowGaps]).
    private static final long LISTED = 50_000_000L;

    private final List<String> slow = new ArrayList<>();
    private final List<String> timeline = new ArrayList<>();
    private final ThreadCpu threads = new ThreadCpu();
    private Map<Integer, Long> lastThreads = Map.of();
    private long renderThread = -1;
    private long start = System.nanoTime();
    private long last = -1;
    private long lastCpu;
    private long lastRender;
    private long lastProcess;
    private long longest;
    private long longestCpu;
    private long longestRender;
    private long busiest;
    private long pulses;

    @Override
    public void handle(long now) {
        // The FX thread's own CPU time across the gap tells a busy FX thread (CPU ≈ gap) from one that was
        // ready but not scheduled on a loaded machine (CPU ≪ gap).
        long cpu = THREADS.getCurrentThreadCpuTime();
        long render = renderCpu();
        long process = OS.getProcessCpuTime();
        Map<Integer, Long> perThread = threads.snapshot();
        if (last >= 0) {
            long gap = now - last;
            if (gap > longest) {
                longest = gap;
                longestCpu = cpu - lastCpu;
                longestRender = render - lastRender;
            }
            busiest = Math.max(busiest, cpu - lastCpu);
            timeline.add(String.format(Locale.ROOT, "+%d %.1f/%.1f/%.1f", (now - start) / 1_000_000, gap / 1e6,
                    (cpu - lastCpu) / 1e6, (render - lastRender) / 1e6));
            if (gap >= LISTED) {
                slow.add(String.format(Locale.ROOT, "%.1f ms gap ending at +%d ms (epoch %d): FX %.1f, render %.1f, process %.1f ms CPU",
                        gap / 1e6, (now - start) / 1_000_000, System.currentTimeMillis(), (cpu - lastCpu) / 1e6, (render - lastRender) / 1e6,
                        (process - lastProcess) / 1e6) + "; top threads (ms): " + threads.top(lastThreads, perThread, 6));
            }
        }
        last = now;
        lastCpu = cpu;
        lastRender = render;
        lastProcess = process;
        lastThreads = perThread;
        pulses++;
    }

    private long renderCpu() {
        if (renderThread < 0) {
            renderThread = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .mapToLong(Thread::threadId).findFirst().orElse(-2);
        }
        return renderThread < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(renderThread));
    }

    /// Forgets what was recorded (call between phases).
    void reset() {
        start = System.nanoTime();
        slow.clear();
        timeline.clear();
        last = -1;
        longest = 0;
        longestCpu = 0;
        longestRender = 0;
        busiest = 0;
        pulses = 0;
    }

    /// Milliseconds since the last [#reset].
    long sinceReset() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /// The longest gap between pulses, in milliseconds.
    double longestMillis() {
        return longest / 1e6;
    }

    /// The FX thread's CPU time during the longest gap, in milliseconds.
    double longestCpuMillis() {
        return longestCpu / 1e6;
    }

    /// The render thread's CPU time during the longest gap, in milliseconds.
    double longestRenderMillis() {
        return longestRender / 1e6;
    }

    /// The most CPU time the FX thread spent between two pulses, in milliseconds: its own work, whatever
    /// the load of the machine.
    double busiestCpuMillis() {
        return busiest / 1e6;
    }

    /// Every gap of 50 ms or more since the last reset: its length, when it ended and the CPU time in it.
    List<String> slowGaps() {
        return List.copyOf(slow);
    }

    /// Each pulse since the last reset whose end is in `[from, to]` ms after it, as "+end gap/FX/render" (ms).
    List<String> timeline(long from, long to) {
        return timeline.stream().filter(t -> {
            long end = Long.parseLong(t.substring(1, t.indexOf(' ')));
            return end >= from && end <= to;
        }).toList();
    }

    /// Pulses seen since the last reset.
    long pulses() {
        return pulses;
    }
}
