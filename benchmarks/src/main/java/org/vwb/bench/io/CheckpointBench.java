package org.vwb.bench.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vwb.common.AtomicFiles;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.TensorInfo;
import org.vwb.safetensors.TensorView;

/// Checkpoint I/O benchmark (recorded, not a test): header-only open, bf16 → f32 throughput of the
/// embedding, and an export (one tensor grown, everything else copied as bytes) against `cp -r`, with the
/// export's peak RSS from a child JVM. All numbers are warm page cache: dropping caches needs root.
/// `sync` runs (untimed) before every timed export and copy, so neither pays for the other's writeback.
///
/// `CheckpointBench <work folder> [shard MiB ...]` (default `512 1024`: checkpoints of about 1 and 2 GB;
/// `2048` adds about 4 GB).
/// Generated checkpoints are kept (and reused) in the work folder; export and copy outputs are deleted.
public final class CheckpointBench {
    private static final int RUNS = 3;
    private static final Pattern CHILD = Pattern.compile("export-ms=(\\d+) vmhwm-kb=(\\d+)");

    private CheckpointBench() {
    }

    /// Runs the benchmark and prints one table per checkpoint size.
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/checkpoint-bench");
        List<Long> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Long.parseLong(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(512L, 1024L);
        }
        System.out.printf(Locale.ROOT, "CheckpointBench  java %s  %d cpus  %s%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), java.time.Instant.now());
        for (long shardMiB : sizes) {
            bench(work, shardMiB);
        }
    }

    private static void bench(Path work, long shardMiB) throws Exception {
        Path source = work.resolve("ckpt-" + shardMiB + "m");
        long t0 = System.nanoTime();
        boolean generated = SyntheticCheckpoint.generate(source, shardMiB);
        double genS = (System.nanoTime() - t0) / 1e9;
        long bytes = folderBytes(source);
        System.out.printf(Locale.ROOT, "%n== checkpoint %s: 2 shards, %.2f GB on disk (%s)%n", source,
                bytes / 1e9, generated ? String.format(Locale.ROOT, "generated in %.1f s", genS) : "reused");

        double[] open = new double[9];
        for (int i = 0; i < open.length; i++) {
            long s = System.nanoTime();
            try (Checkpoint c = Checkpoint.openHeaders(source)) {
                c.tensors();
            }
            open[i] = (System.nanoTime() - s) / 1e6;
        }
        System.out.printf(Locale.ROOT, "(a) header-only open (Checkpoint.openHeaders), 9 runs: first %.2f ms,"
                + " median %.2f ms, min %.2f ms%n", open[0], median(open), min(open));

        System.out.print("(b) embedding bf16 -> f32 (TensorView.readRows, 256-row blocks):");
        for (int r = 0; r < RUNS; r++) {
            double s = decodeEmbedding(source);
            long rows = SyntheticCheckpoint.VOCAB;
            System.out.printf(Locale.ROOT, "  run %d: %.3f s = %.0f rows/s, %.2f GB/s bf16 read (%.2f GB/s f32 out);",
                    r + 1, s, rows / s, rows * SyntheticCheckpoint.HIDDEN * 2 / s / 1e9,
                    rows * SyntheticCheckpoint.HIDDEN * 4 / s / 1e9);
        }
        System.out.println();

        System.out.printf("(c) export (embedding grown to %d rows, rest copied as bytes, %d shard(s) at a time)"
                + " vs cp -r, warm cache:%n", ExportChild.GROWN_VOCAB, ExportChild.parallelism());
        System.out.println("    run | export wall s (JVM start incl.) | export in main s | export VmHWM MB | cp -r s");
        List<Double> exportS = new ArrayList<>();
        List<Double> inMainS = new ArrayList<>();
        List<Double> cpS = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            Path out = work.resolve("export-" + shardMiB + "m");
            Path cp = work.resolve("cp-" + shardMiB + "m");
            run(List.of("sync"));
            long s = System.nanoTime();
            String child = runExportChild(source, out);
            double exportWall = (System.nanoTime() - s) / 1e9;
            if (r == 0) {
                verifyExport(source, out);
            }
            AtomicFiles.deleteRecursively(out);
            run(List.of("sync"));
            s = System.nanoTime();
            run(List.of("cp", "-r", source.toString(), cp.toString()));
            double cpWall = (System.nanoTime() - s) / 1e9;
            AtomicFiles.deleteRecursively(cp);
            Matcher m = CHILD.matcher(child);
            if (!m.find()) {
                throw new IOException("unexpected child output: " + child);
            }
            exportS.add(exportWall);
            inMainS.add(Long.parseLong(m.group(1)) / 1e3);
            cpS.add(cpWall);
            System.out.printf(Locale.ROOT, "    %3d | %31.3f | %16.3f | %16.1f | %7.3f%n", r + 1, exportWall,
                    Long.parseLong(m.group(1)) / 1e3, Long.parseLong(m.group(2)) / 1024.0, cpWall);
        }
        double e = medianOf(exportS);
        double inMain = medianOf(inMainS);
        double c = medianOf(cpS);
        System.out.printf(Locale.ROOT, "    median: export %.3f s (in main %.3f s), cp -r %.3f s, ratio %.2f"
                + " (in main %.2f; target <= 1.3)%n", e, inMain, c, e / c, inMain / c);
    }

    private static double decodeEmbedding(Path source) throws IOException {
        try (Checkpoint c = Checkpoint.open(source)) {
            TensorView v = c.tensor(SyntheticCheckpoint.EMBEDDING);
            int block = 256;
            float[] dst = new float[block * (int) v.columns()];
            double sink = 0;
            long s = System.nanoTime();
            for (long row = 0; row < v.rows(); row += block) {
                int n = (int) Math.min(block, v.rows() - row);
                v.readRows(row, n, dst);
                sink += dst[n * (int) v.columns() - 1];
            }
            double seconds = (System.nanoTime() - s) / 1e9;
            if (Double.isNaN(sink)) {
                throw new IllegalStateException("NaN in synthetic data");
            }
            return seconds;
        }
    }

    private static void verifyExport(Path source, Path out) throws IOException {
        try (Checkpoint a = Checkpoint.open(source); Checkpoint b = Checkpoint.open(out)) {
            TensorInfo grown = b.find(SyntheticCheckpoint.EMBEDDING).orElseThrow();
            if (grown.shape()[0] != ExportChild.GROWN_VOCAB || b.tensors().size() != a.tensors().size()) {
                throw new IllegalStateException("export is wrong: " + grown + ", " + b.tensors().size() + " tensors");
            }
            TensorView before = a.tensor(SyntheticCheckpoint.EMBEDDING);
            TensorView after = b.tensor(SyntheticCheckpoint.EMBEDDING);
            long last = before.rows() - 1;
            if (before.row(last).mismatch(after.row(last)) != -1 || before.row(0).mismatch(after.row(0)) != -1) {
                throw new IllegalStateException("export changed an old embedding row");
            }
        }
    }

    private static String runExportChild(Path source, Path out) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return run(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-D" + ExportChild.PARALLELISM + "=" + ExportChild.parallelism(), ExportChild.class.getName(),
                source.toString(), out.toString()));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(command + " failed: " + output);
        }
        return output;
    }

    private static long folderBytes(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double medianOf(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).sorted().toArray()[v.size() / 2];
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElseThrow();
    }
}
