package org.vwb.core.internal;

import java.io.IOException;

import org.vwb.common.ThreadPriority;

/// Runs a job's CPU stages (mining, the merge's check, init, tokens per character) at a lower priority
/// than the base copy started before them ([org.vwb.model.patch.BaseCopy]): the copy is the longest
/// piece of a large expansion and needs most of a core; at an equal share on a 2-core machine it ran at
/// two thirds of its speed and ended seconds after init (docs/BENCHMARKS.md). See [ThreadPriority].
final class BesideCopy {
    /// How much higher the CPU stages' nice value is than the job's (`-Dvwb.cpu-stages.nice`, 0 = off).
    static final int NICE = Integer.getInteger("vwb.cpu-stages.nice", 5);

    private BesideCopy() {
    }

    /// Runs `work` on a thread named `name` at the lower priority and waits for it.
    static <T> T call(String name, ThreadPriority.Work<T> work) throws IOException {
        return ThreadPriority.callLowered(name, NICE, work);
    }
}
