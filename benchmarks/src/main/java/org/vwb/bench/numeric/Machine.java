package org.vwb.bench.numeric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/// What the benchmark ran on, and the theoretical single-precision peak derived from `/proc/cpuinfo`.
final class Machine {
    /// FMA units per core. Not visible in `/proc/cpuinfo`; 2 is right for Xeon Scalable (Skylake-SP
    /// Gold/Platinum and later, including Sapphire/Emerald Rapids), 1 for some Silver/Bronze parts.
    static final int FMA_UNITS = 2;

    private Machine() {}

    static String describe() {
        return String.format(Locale.ROOT, "date: %s%ncpu: %s, %d cores visible to the JVM, %s MHz (cpuinfo), "
                        + "flags: %s%nload average at start: %s%njava: %s %s%npeak: %s%n",
                Instant.now(), field("model name"), cores(), field("cpu MHz"), simdFlags(), loadAverage(),
                System.getProperty("java.vm.name"), Runtime.version(), peakFormula());
    }

    static double theoreticalPeakGflops() {
        return cores() * mhz() / 1000.0 * flopsPerCycle();
    }

    private static String peakFormula() {
        return String.format(Locale.ROOT, "%d cores × %.2f GHz × %d FLOP/cycle (%d FMA units × %d f32 lanes × 2)"
                        + " = %.1f GFLOP/s theoretical", cores(), mhz() / 1000.0, flopsPerCycle(), FMA_UNITS,
                lanes(), theoreticalPeakGflops());
    }

    private static int flopsPerCycle() {
        return FMA_UNITS * lanes() * 2;
    }

    private static int lanes() {
        String flags = " " + field("flags") + " ";
        return flags.contains(" avx512f ") ? 16 : flags.contains(" avx2 ") ? 8 : 4;
    }

    private static String simdFlags() {
        StringBuilder sb = new StringBuilder();
        for (String f : field("flags").split(" ")) {
            if (f.equals("fma") || f.equals("avx2") || f.startsWith("avx512") || f.startsWith("amx")) {
                sb.append(sb.isEmpty() ? "" : " ").append(f);
            }
        }
        return sb.toString();
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static double mhz() {
        String v = field("cpu MHz");
        return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String field(String name) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equals(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/cpuinfo (Linux only)", e);
        }
    }
}
