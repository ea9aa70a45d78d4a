package org.vwb.ui.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// The CPU time of every thread of this process, Java and native alike (JIT compilers, GC workers,
/// OpenBLAS threads), read from Linux's `/proc/self/task/<tid>/schedstat` (its first field: nanoseconds on
/// a CPU) with the thread's `comm` name (HotSpot sets it to the first 15 characters of a Java thread's
/// name; a native thread inherits its creator's). Elsewhere the snapshots are empty.
final class ThreadCpu {

    private static final Path TASKS = Path.of("/proc/self/task");

    private final Map<Integer, String> names = new HashMap<>();

    /// Nanoseconds on a CPU so far, per thread id (threads that ended are absent).
    Map<Integer, Long> snapshot() {
        Map<Integer, Long> out = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return out;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                int tid = Integer.parseInt(task.getFileName().toString());
                try {
                    String stat = Files.readString(task.resolve("schedstat"));
                    out.put(tid, Long.parseLong(stat.substring(0, stat.indexOf(' '))));
                    names.computeIfAbsent(tid, t -> comm(task));
                } catch (IOException | RuntimeException ended) {
                    // the thread ended between the listing and the read: it has no figure this time
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /// The `top` threads that used the most CPU from `before` to `after`, as "name tid ms" (a thread seen
    /// only in `after` counts from zero), highest first.
    String top(Map<Integer, Long> before, Map<Integer, Long> after, int top) {
        List<Map.Entry<Integer, Long>> used = new ArrayList<>();
        after.forEach((tid, ns) -> used.add(Map.entry(tid, ns - before.getOrDefault(tid, 0L))));
        used.sort(Map.Entry.<Integer, Long>comparingByValue().reversed());
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, Long> e : used.subList(0, Math.min(top, used.size()))) {
            if (e.getValue() < 1_000_000L) {
                break;
            }
            sb.append(sb.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s/%d%s %.1f",
                    names.getOrDefault(e.getKey(), "?"), e.getKey(), nice(e.getKey()), e.getValue() / 1e6));
        }
        return sb.toString();
    }

    /// " nN" for a thread whose nice value is not 0 (field 19 of its `stat`, read now), else "".
    private static String nice(int tid) {
        try {
            String stat = Files.readString(TASKS.resolve(Integer.toString(tid), "stat"));
            String nice = stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16];
            return nice.equals("0") ? "" : " n" + nice;
        } catch (IOException | RuntimeException ended) {
            return "";
        }
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}
