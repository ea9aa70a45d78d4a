package org.vwb.embedinit.eval.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.Initializer;
import org.vwb.embedinit.Origin;
import org.vwb.embedinit.TokenInit;

/// Runs one method through the [Initializer] (no overlap copying: nothing of the held-out set may be
/// copied) and measures it.
///
/// @param result      the rows, fallback rows included
/// @param unplaced    tokens the method itself left unplaced
/// @param cpuSeconds  process CPU time of the run
/// @param wallSeconds elapsed time of the run
record MethodRun(InitResult result, int unplaced, double cpuSeconds, double wallSeconds) {

    static MethodRun run(InitProblem problem, InitStrategy strategy, InitStrategy fallback, JobContext ctx)
            throws IOException {
        Counting counting = new Counting(strategy);
        long cpu0 = cpuNanos();
        long wall0 = System.nanoTime();
        InitResult result = Initializer.run(problem, counting, fallback, false, ctx);
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        return new MethodRun(result, counting.unplaced, cpu, wall);
    }

    /// CPU time of the whole process (every thread, OpenBLAS's included), where the JVM offers it.
    static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long t = os.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /// Counts the tokens the wrapped method leaves unplaced (judged on the first matrix, as the
    /// [Initializer] does).
    private static final class Counting implements InitStrategy {
        private final InitStrategy inner;
        private int unplaced;

        Counting(InitStrategy inner) {
            this.inner = inner;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public InitResult initialize(InitProblem problem, JobContext context) throws IOException {
            InitResult r = inner.initialize(problem, context);
            for (TokenInit t : r.provenance(problem.roles().get(0))) {
                if (t.origin() == Origin.UNPLACED) {
                    unplaced++;
                }
            }
            return r;
        }
    }
}
