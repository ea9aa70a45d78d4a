package org.vwb.ui.internal;

import org.vwb.common.ThreadPriority;

/// Gives threads that the FX thread must not wait for a lower OS scheduling priority (a higher nice
/// value), so that on a machine with few cores the FX and render threads get a core first.
///
/// Why: on 2 cores, the longest pulse gaps of a run were the JIT compiler threads compiling the freshly hot
/// FX code (C2 and C1 together 70–140 ms of CPU in a 100 ms gap) and the job's own threads, while the FX
/// and render threads waited for a core (per-thread CPU in `GuiStallTest`; docs/BENCHMARKS.md). Lowering
/// them costs nothing when a core is free: nice only decides who runs when both want one.
///
/// The mechanism (Linux, per thread, inherited by the threads a lowered thread starts; a no-op elsewhere)
/// is [ThreadPriority]'s; this class holds the GUI's choice of values, and `-Dvwb.ui.nice=false` turns
/// it off.
final class ThreadNice {
    /// The nice value of threads that run the user's jobs and live work.
    static final int JOBS = 10;
    /// The nice value of the JIT compiler threads and of the FX thread's own helpers (the projection's
    /// stamping): below the FX and render threads, above the jobs (a job's hot loops still get compiled
    /// while it runs).
    static final int BELOW_FX = 5;

    private ThreadNice() {
    }

    /// Sets the calling thread's nice value to `nice` (and so that of the threads it creates from now on);
    /// returns whether it took effect.
    static boolean lowerCurrentThread(int nice) {
        return enabled() && ThreadPriority.raiseCurrentThreadTo(nice);
    }

    /// Sets the nice value of every thread of this process whose OS name (`comm`) `names` accepts;
    /// returns how many took it.
    static int lowerThreadsNamed(java.util.function.Predicate<String> names, int nice) {
        return enabled() ? ThreadPriority.raiseThreadsNamed(names, nice) : 0;
    }

    /// Whether `comm` is a HotSpot JIT compiler thread ("C1 CompilerThread0", "C2 CompilerThread1", …).
    static boolean compiler(String comm) {
        return comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre");
    }

    private static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty("vwb.ui.nice", "true"));
    }
}
