package org.vwb.numeric.internal.nd4j;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/// Makes the OpenBLAS 0.3.19 that ND4J M2.1 bundles use its AVX-512 or AVX2 kernels on CPUs newer than it.
///
/// Measured on the target machine (docs/BENCHMARKS.md): OpenBLAS 0.3.19's `DYNAMIC_ARCH` does not know
/// Intel family 6 model 207 (Emerald Rapids) and falls back to its `Prescott` (SSE3) kernels, about 6×
/// slower for `sgemm` than the `SkylakeX` kernels the CPU can run. `OPENBLAS_CORETYPE` overrides the
/// detection, but OpenBLAS reads it only once, in its library constructor. The JVM cannot change its own
/// environment, so this sets it with libc `setenv` through the FFM API *before* the first ND4J or
/// bytedeco class loads the library. A value the user exported is never overridden.
final class OpenBlasCore {
    static final String VARIABLE = "OPENBLAS_CORETYPE";
    /// System property: `auto` (default: choose from the CPU flags), `none` (leave OpenBLAS's own
    /// detection alone), or an OpenBLAS core name such as `SkylakeX` or `Haswell`.
    static final String PROPERTY = "vwb.numeric.openblasCore";

    private static String decision;

    private OpenBlasCore() {}

    /// Sets `OPENBLAS_CORETYPE` from the CPU flags unless it is already set; returns what it did.
    static synchronized String chooseKernelsBeforeLoading() {
        if (decision == null) {
            decision = choose();
        }
        return decision;
    }

    private static String choose() {
        String wanted = System.getProperty(PROPERTY, "auto");
        if (wanted.equals("none")) {
            return "OpenBLAS auto-detection (-D" + PROPERTY + "=none)";
        }
        String existing = System.getenv(VARIABLE);
        if (existing != null) {
            return VARIABLE + "=" + existing + " (from the environment)";
        }
        Optional<String> core = wanted.equals("auto") ? coreFor(cpuFlags()) : Optional.of(wanted);
        if (core.isEmpty()) {
            return "OpenBLAS auto-detection (no AVX2/AVX-512 flags found)";
        }
        setenv(VARIABLE, core.get());
        return VARIABLE + "=" + core.get() + (wanted.equals("auto") ? " (set from the CPU flags)" : " (-D" + PROPERTY + ")");
    }

    /// The kernel set for these `/proc/cpuinfo` flags: AVX-512 F/BW/DQ/VL → `SkylakeX`, AVX2+FMA →
    /// `Haswell`, otherwise none (let OpenBLAS decide).
    static Optional<String> coreFor(String flags) {
        String f = " " + flags + " ";
        if (f.contains(" avx512f ") && f.contains(" avx512bw ") && f.contains(" avx512dq ") && f.contains(" avx512vl ")) {
            return Optional.of("SkylakeX");
        }
        if (f.contains(" avx2 ") && f.contains(" fma ")) {
            return Optional.of("Haswell");
        }
        return Optional.empty();
    }

    /// The kernel set the loaded OpenBLAS reports (`openblas_get_corename`), or `"unknown"`.
    static String loadedCoreName() {
        try {
            SymbolLookup lib = SymbolLookup.libraryLookup("libopenblas.so.0", Arena.global());
            Optional<MemorySegment> fn = lib.find("openblas_get_corename");
            if (fn.isEmpty()) {
                return "unknown";
            }
            MethodHandle h = Linker.nativeLinker().downcallHandle(fn.get(), FunctionDescriptor.of(ValueLayout.ADDRESS));
            MemorySegment name = (MemorySegment) h.invokeExact();
            return name.reinterpret(64).getString(0);
        } catch (Throwable e) { // diagnostics only: any failure just means "unknown"
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static String cpuFlags() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return ""; // not Linux, or no procfs: leave OpenBLAS's own detection alone
        }
        return "";
    }

    private static void setenv(String name, String value) {
        Linker linker = Linker.nativeLinker();
        MemorySegment fn = linker.defaultLookup().find("setenv")
                .orElseThrow(() -> new IllegalStateException("libc setenv not found"));
        MethodHandle h = linker.downcallHandle(fn, FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        try (Arena arena = Arena.ofConfined()) {
            int rc = (int) h.invokeExact(arena.allocateFrom(name), arena.allocateFrom(value), 0);
            if (rc != 0) {
                throw new IllegalStateException("setenv(" + name + ") failed with " + rc);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) { // invokeExact declares Throwable; the C function cannot throw
            throw new IllegalStateException("setenv(" + name + ") failed", e);
        }
    }
}
