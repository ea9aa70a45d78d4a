package org.vwb.core.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.vwb.common.AtomicFiles;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;
import org.vwb.core.BatchRow;
import org.vwb.core.BatchRowResult;

/// Runs batch rows in parallel, at most `jobs` at a time and never more than the heap can hold (each row
/// declares its footprint), keeps going when a row fails, rewrites the summary CSV after every row, and
/// skips rows an earlier run finished (status ok in the old summary and the output folder present).
public final class BatchRunner {

    /// What runs one row.
    public interface RowTask {
        /// Bytes of heap the row needs at its peak.
        long footprint(BatchRow row) throws IOException;

        /// Runs the row; the result's status is `ok`.
        BatchRowResult run(BatchRow row, JobContext context) throws Exception;
    }

    static final String[] HEADER = {"line", "name", "language", "status", "seconds", "tokens_per_char_before",
        "tokens_per_char_after", "hull", "output", "error"};

    private BatchRunner() {
    }

    /// Runs `rows`, writing `summary` after each finished row.
    public static List<BatchRowResult> run(List<BatchRow> rows, int jobs, long heapBudget, Path summary,
                                           RowTask task, JobContext ctx) throws IOException {
        Map<String, BatchRowResult> done = finishedBefore(summary);
        BatchRowResult[] results = new BatchRowResult[rows.size()];
        int units = (int) Math.max(1, heapBudget >> 20);
        Semaphore memory = new Semaphore(units, true);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                BatchRow row = rows.get(i);
                BatchRowResult old = done.get(row.name());
                if (old != null && Files.isDirectory(row.output())) {
                    results[i] = new BatchRowResult(row.line(), row.name(), row.language(), "done-before", 0,
                            old.before(), old.after(), old.hull(), row.output(), "");
                    continue;
                }
                int index = i;
                int need = (int) Math.min(units, Math.max(1, task.footprint(row) >> 20));
                futures.add(pool.submit(() -> {
                    results[index] = runOne(row, need, memory, task, ctx);
                    write(summary, results);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobCancelledException();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("batch runner failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        write(summary, results);
        ctx.cancellation().check();
        return List.of(results);
    }

    private static BatchRowResult runOne(BatchRow row, int need, Semaphore memory, RowTask task, JobContext ctx)
            throws InterruptedException {
        long t0 = System.nanoTime();
        memory.acquire(need);
        try {
            if (ctx.cancellation().isRequested()) {
                return failed(row, "cancelled", 0, "cancelled before it started");
            }
            return task.run(row, ctx);
        } catch (JobCancelledException e) {
            return failed(row, "cancelled", seconds(t0), "cancelled");
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return failed(row, "failed", seconds(t0), message);
        } finally {
            memory.release(need);
        }
    }

    private static BatchRowResult failed(BatchRow row, String status, double seconds, String error) {
        return new BatchRowResult(row.line(), row.name(), row.language(), status, seconds, Double.NaN, Double.NaN,
                "", row.output(), error);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static synchronized void write(Path summary, BatchRowResult[] results) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (BatchRowResult r : results) {
                if (r != null) {
                    out.printRecord(r.line(), r.name(), r.language(), r.status(), fmt(r.seconds()), fmt(r.before()),
                            fmt(r.after()), r.hull(), r.output(), r.error());
                }
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeFile(summary, tmp -> Files.write(tmp, bytes));
    }

    private static String fmt(double x) {
        return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%.4f", x);
    }

    /// Rows an earlier run of this batch finished, by name.
    static Map<String, BatchRowResult> finishedBefore(Path summary) throws IOException {
        Map<String, BatchRowResult> out = new HashMap<>();
        if (!Files.isRegularFile(summary)) {
            return out;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(summary, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : format.parse(r)) {
                if (rec.size() == HEADER.length && (rec.get("status").equals("ok") || rec.get("status").equals("done-before"))) {
                    out.put(rec.get("name"), new BatchRowResult((int) Long.parseLong(rec.get("line")), rec.get("name"),
                            rec.get("language"), "ok", 0, parse(rec.get("tokens_per_char_before")),
                            parse(rec.get("tokens_per_char_after")), rec.get("hull"), Path.of(rec.get("output")), ""));
                }
            }
        }
        return out;
    }

    private static double parse(String s) {
        return s.isBlank() ? Double.NaN : Double.parseDouble(s);
    }
}
