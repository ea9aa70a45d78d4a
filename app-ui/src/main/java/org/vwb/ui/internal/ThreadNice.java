package org.vwb.ui.internal;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

/// Gives threads that the FX thread must not wait for a lower OS scheduling priority (a higher nice
/// value), so that on a machine with few cores the FX and render threads get a core first.
///
/// Why: on 2 cores, the longest pulse gaps of a run were the JIT compiler threads compiling the freshly hot
/// FX code (C2 and C1 together 70–140 ms of CPU in a 100 ms gap) and the job's own threads, while the FX
/// and render threads waited for a core (per-thread CPU in `GuiStallTest`; docs/BENCHMARKS.md). Lowering
/// them costs nothing when a core is free: nice only decides who runs when both want one.
///
/// Linux only, through `setpriority(PRIO_PROCESS, tid, nice)` on a thread id: on Linux that renices just
/// that thread, and the threads it creates later inherit its value (a job's OpenBLAS and pool threads,
/// the JIT's extra compiler threads). An unprivileged process may raise a nice value, never lower it, so
/// this only ever lowers priorities. Best effort and silent: elsewhere, or when the call fails, nothing
/// changes.
final class ThreadNice {
    /// The nice value of threads that run the user's jobs and live work.
    static final int JOBS = 10;
    /// The nice value of the JIT compiler threads and of the FX thread's own helpers (the projection's
    /// stamping): below the FX and render threads, above the jobs (a job's hot loops still get compiled
    /// while it runs).
    static final int BELOW_FX = 5;

    /// Linux's `PRIO_PROCESS`.
    private static final int PRIO_PROCESS = 0;
    private static final Path TASKS = Path.of("/proc/self/task");

    private ThreadNice() {
    }

    /// Sets the calling thread's nice value to `nice` (and so that of the threads it creates from now on);
    /// returns whether it took effect.
    static boolean lowerCurrentThread(int nice) {
        if (Native.HANDLES.isEmpty()) {
            return false;
        }
        try {
            int tid = (int) Native.HANDLES.get().gettid().invokeExact();
            return set(tid, nice);
        } catch (Throwable e) { // invokeExact declares Throwable; the C function cannot throw
            return false;
        }
    }

    /// Sets the nice value of every thread of this process whose OS name (`comm`, the first 15 characters
    /// of a Java thread's name) `names` accepts; returns how many took it.
    static int lowerThreadsNamed(Predicate<String> names, int nice) {
        if (Native.HANDLES.isEmpty()) {
            return 0;
        }
        int done = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                if (names.test(comm(task)) && set(Integer.parseInt(task.getFileName().toString()), nice)) {
                    done++;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return done; // no /proc: nothing to lower
        }
        return done;
    }

    /// Whether `comm` is a HotSpot JIT compiler thread ("C1 CompilerThread0", "C2 CompilerThread1", …).
    static boolean compiler(String comm) {
        return comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre");
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return ""; // the thread ended
        }
    }

    private static boolean set(int tid, int nice) {
        try {
            return (int) Native.HANDLES.get().setpriority().invokeExact(PRIO_PROCESS, tid, nice) == 0;
        } catch (Throwable e) { // invokeExact declares Throwable; the C function cannot throw
            return false;
        }
    }

    /// `gettid` and `setpriority`, looked up once; empty off Linux (where `setpriority` on an id would
    /// renice a whole process), when `-Dvwb.ui.nice=false`, or when the lookup fails.
    private record Native(MethodHandle gettid, MethodHandle setpriority) {
        static final Optional<Native> HANDLES = lookup();

        private static Optional<Native> lookup() {
            if (!System.getProperty("os.name", "").startsWith("Linux")
                    || !Boolean.parseBoolean(System.getProperty("vwb.ui.nice", "true"))) {
                return Optional.empty();
            }
            try {
                Linker linker = Linker.nativeLinker();
                Optional<MemorySegment> gettid = linker.defaultLookup().find("gettid");
                Optional<MemorySegment> setpriority = linker.defaultLookup().find("setpriority");
                if (gettid.isEmpty() || setpriority.isEmpty()) {
                    return Optional.empty(); // glibc before 2.30 has no gettid()
                }
                return Optional.of(new Native(
                        linker.downcallHandle(gettid.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT)),
                        linker.downcallHandle(setpriority.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT))));
            } catch (IllegalCallerException e) { // native access denied (--illegal-native-access=deny)
                return Optional.empty();
            }
        }
    }
}
