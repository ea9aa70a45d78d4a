package org.vwb.bench.vocab;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vwb.common.Cancellation;
import org.vwb.common.JobContext;
import org.vwb.common.ProgressSink;
import org.vwb.vocab.mine.MiningOptions;
import org.vwb.vocab.mine.MiningResult;
import org.vwb.vocab.mine.SubwordMiner;

/// Mining speed: wall time per stage (from the progress stages), process CPU time and peak RSS (`VmHWM`).
///
/// Usage: `MiningBench BASE ADD THREADS CORPUS...`
public final class MiningBench {

    private MiningBench() {
    }

    /// Mines once and prints the stage times.
    public static void main(String[] args) throws IOException {
        Path base = Path.of(args[0]);
        int add = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        List<Path> corpus = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            corpus.add(Path.of(args[i]));
        }
        List<String> stages = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        ProgressSink sink = new ProgressSink() {
            @Override
            public void begin(String stage, long totalUnits) {
                stages.add(stage);
                starts.add(System.nanoTime());
            }

            @Override
            public void advance(long units) {
            }
        };
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        MiningResult r = SubwordMiner.mine(base, corpus, MiningOptions.of(add).withThreads(threads),
                new JobContext(sink, new Cancellation()));
        long t1 = System.nanoTime();
        starts.add(t1);
        System.out.printf(Locale.ROOT, "corpus %s: %,d characters (%,d CJK), %,d lines; +%,d rows; %d threads; load before %s%n",
                corpus, r.stats().characters(), r.stats().cjkCharacters(), r.stats().lines(), r.candidates().size(),
                threads, load);
        for (int i = 0; i < stages.size(); i++) {
            System.out.printf(Locale.ROOT, "  %-34s %7.1f s%n", stages.get(i), (starts.get(i + 1) - starts.get(i)) / 1e9);
        }
        System.out.printf(Locale.ROOT, "total wall %.1f s, process CPU %.1f s, %s; load after %s%n", (t1 - t0) / 1e9,
                (os.getProcessCpuTime() - cpu0) / 1e9, peak(), Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static String peak() throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmHWM:")) {
                return "peak RSS " + l.substring(6).trim();
            }
        }
        return "peak RSS unknown";
    }
}
