package org.vwb.common;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/// The operating system's scheduling priority of single threads (Linux's per-thread *nice* value).
///
/// Why: a patch copies the base's 13 GB on one thread while mining, merging and init keep every core
/// busy. On a 2-core machine the copy then gets a fair share of a core although it needs most of one, and
/// being the longest piece of the run it decides the total (docs/BENCHMARKS.md). Running the CPU stages
/// at a higher nice value than the copy lets the scheduler give the copy the CPU whenever it is ready,
/// and the CPU stages everything else.
///
/// On Linux `setpriority(PRIO_PROCESS, tid, nice)` with a thread id changes that thread only, and
/// threads it creates afterwards (pools, native libraries' workers) inherit its value. Raising one's own
/// nice value needs no privilege; lowering it again does, so the work is run on a fresh thread
/// ([#callLowered]) rather than lowering a thread that outlives it. Best effort: elsewhere, or when the
/// call is refused, nothing changes and the work runs as it would have.
public final class ThreadPriority {
    /// Linux's `PRIO_PROCESS`: with a thread id, that thread.
    private static final int PRIO_PROCESS = 0;
    /// The highest nice value (the lowest priority) Linux accepts.
    public static final int MAX_NICE = 19;
    private static final Path TASKS = Path.of("/proc/self/task");

    /// The work run at the lower priority.
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException;
    }

    private ThreadPriority() {
    }

    /// The calling thread's nice value, read from `/proc/thread-self/stat`; empty off Linux.
    public static OptionalInt currentNice() {
        return nice(Path.of("/proc/thread-self/stat"));
    }

    /// The nice value in a thread's `stat` file; empty when it cannot be read.
    private static OptionalInt nice(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // Fields after the command name, which is in parentheses and may hold spaces: state is
            // field 3, nice field 19 (proc(5)).
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalInt.of(Integer.parseInt(f[19 - 3]));
        } catch (IOException | RuntimeException e) { // not Linux, no /proc, or the thread ended: unknown
            return OptionalInt.empty();
        }
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return ""; // the thread ended
        }
    }

    private static boolean set(int tid, int nice) {
        if (Native.SETPRIORITY.isEmpty()) {
            return false;
        }
        try {
            return (int) Native.SETPRIORITY.get().invokeExact(PRIO_PROCESS, tid, nice) == 0;
        } catch (Throwable e) { // invokeExact declares Throwable; the C function cannot throw
            return false;
        }
    }

    /// Raises the calling thread's nice value by `increment` (capped at [#MAX_NICE]); threads it starts
    /// afterwards inherit the new value. Returns whether the value changed.
    public static boolean lowerCurrentThread(int increment) {
        OptionalInt nice = currentNice();
        if (increment <= 0 || nice.isEmpty() || nice.getAsInt() >= MAX_NICE) {
            return false;
        }
        return raiseCurrentThreadTo(Math.min(MAX_NICE, nice.getAsInt() + increment));
    }

    /// Sets the calling thread's nice value to `nice` when that is above its current one (a lower
    /// priority; raising a priority is never attempted); threads it starts afterwards inherit it. Returns
    /// whether the value is now `nice`.
    public static boolean raiseCurrentThreadTo(int nice) {
        OptionalInt now = currentNice();
        OptionalInt tid = currentThreadId();
        if (now.isEmpty() || tid.isEmpty() || nice > MAX_NICE) {
            return false;
        }
        return now.getAsInt() == nice || now.getAsInt() < nice && set(tid.getAsInt(), nice);
    }

    /// Raises to `nice` the nice value of every thread of this process whose kernel name (`comm`: the
    /// first 15 characters of a Java thread's name, e.g. `C2 CompilerThre`) `names` accepts and whose
    /// value is lower; returns how many threads were changed. Threads a library starts on its own (the
    /// JIT's compilers) can be reached only this way.
    public static int raiseThreadsNamed(Predicate<String> names, int nice) {
        int changed = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                OptionalInt now = nice(task.resolve("stat"));
                if (now.isPresent() && now.getAsInt() < nice && nice <= MAX_NICE && names.test(comm(task))
                        && set(Integer.parseInt(task.getFileName().toString()), nice)) {
                    changed++;
                }
            }
        } catch (IOException | RuntimeException e) { // no /proc (not Linux): nothing to change
            return changed;
        }
        return changed;
    }

    /// Runs `work` on a new thread named `name` whose nice value is `increment` above the caller's, and
    /// waits for it: the caller's own priority is left as it was. What `work` throws is rethrown as it
    /// was. The caller should not be interrupted meanwhile: jobs cancel through their [JobContext],
    /// which `work` checks as it would on the caller's thread.
    public static <T> T callLowered(String name, int increment, Work<T> work) throws IOException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = Thread.ofPlatform().name(name).unstarted(() -> {
            lowerCurrentThread(increment);
            try {
                result.set(work.run());
            } catch (IOException | RuntimeException | Error e) {
                failure.set(e);
            }
        });
        thread.start();
        Threads.joinUninterruptibly(thread);
        if (failure.get() != null) {
            Threads.rethrow(failure.get());
        }
        return result.get();
    }

    /// The kernel's id of the calling thread (`/proc/thread-self` links to `PID/task/TID`).
    private static OptionalInt currentThreadId() {
        try {
            Path link = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return OptionalInt.of(Integer.parseInt(link.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /// `setpriority`, looked up once; empty off Linux or when native access is denied.
    private static final class Native {
        static final Optional<MethodHandle> SETPRIORITY = lookup();

        private static Optional<MethodHandle> lookup() {
            if (!System.getProperty("os.name", "").startsWith("Linux")) {
                return Optional.empty();
            }
            try {
                Linker linker = Linker.nativeLinker();
                return linker.defaultLookup().find("setpriority").map(f -> linker.downcallHandle(f,
                        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                                ValueLayout.JAVA_INT)));
            } catch (IllegalCallerException e) { // native access denied (--illegal-native-access=deny)
                return Optional.empty();
            }
        }
    }
}
