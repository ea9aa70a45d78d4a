package org.vwb.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.core.BatchManifest;
import org.vwb.core.BatchRow;
import org.vwb.core.BatchRowResult;
import org.vwb.core.RecipeException;

class BatchRunnerTest {

    @TempDir
    Path dir;

    private List<BatchRow> manifest() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), """
                language,corpus,pieces,output,method,options
                zh,zh.txt;zh2.txt,100,out/zh,fvt,weighting=length
                ja,ja.txt,50,out/ja,mean,
                ko,ko.txt,50,out/ko,mean,
                """);
        return BatchManifest.read(m, dir.resolve("base"));
    }

    /// Creates the output folder of every row except `failing`, which throws.
    private BatchRunner.RowTask task(String failing, Set<String> ran, AtomicInteger concurrent, AtomicInteger peak) {
        return new BatchRunner.RowTask() {
            @Override
            public long footprint(BatchRow row) {
                return 1L << 20;
            }

            @Override
            public BatchRowResult run(BatchRow row, JobContext context) throws Exception {
                peak.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
                try {
                    ran.add(row.name());
                    Thread.sleep(20);
                    if (row.name().equals(failing)) {
                        throw new java.io.IOException(row.name() + ".txt: not UTF-8");
                    }
                    Files.createDirectories(row.output());
                    return new BatchRowResult(row.line(), row.name(), row.language(), "ok", 0.02, 1.5, 0.8,
                            "inside 3", row.output(), "");
                } finally {
                    concurrent.decrementAndGet();
                }
            }
        };
    }

    @Test
    void manifestRowsResolvePathsAndOptions() throws Exception {
        List<BatchRow> rows = manifest();
        assertEquals(3, rows.size());
        assertEquals(List.of(dir.resolve("zh.txt"), dir.resolve("zh2.txt")), rows.get(0).corpus());
        assertEquals("length", rows.get(0).options().get("weighting"));
        assertEquals(dir.resolve("out/ja"), rows.get(1).output());
        assertEquals(dir.resolve("base"), rows.get(2).base());
    }

    @Test
    void aFailingRowDoesNotStopTheOthersAndAResumeRunsOnlyWhatIsLeft() throws Exception {
        List<BatchRow> rows = manifest();
        Path summary = dir.resolve("summary.csv");
        Set<String> ran = ConcurrentHashMap.newKeySet();
        AtomicInteger peak = new AtomicInteger();
        List<BatchRowResult> first = BatchRunner.run(rows, 2, 64L << 20, summary,
                task("ja", ran, new AtomicInteger(), peak), JobContext.silent());
        assertEquals(List.of("ok", "failed", "ok"), first.stream().map(BatchRowResult::status).toList());
        assertTrue(first.get(1).error().contains("ja.txt: not UTF-8"));
        assertTrue(peak.get() <= 2, "at most --jobs rows at once, saw " + peak.get());
        assertTrue(Files.readString(summary).contains("failed"));

        ran.clear();
        List<BatchRowResult> second = BatchRunner.run(rows, 2, 64L << 20, summary,
                task("", ran, new AtomicInteger(), new AtomicInteger()), JobContext.silent());
        assertEquals(Set.of("ja"), ran, "finished rows are not redone");
        assertEquals(List.of("done-before", "ok", "done-before"), second.stream().map(BatchRowResult::status).toList());
    }

    @Test
    void rowsThatDoNotFitTheHeapTogetherRunOneAtATime() throws Exception {
        AtomicInteger peak = new AtomicInteger();
        BatchRunner.RowTask big = new BatchRunner.RowTask() {
            final BatchRunner.RowTask inner = task("", ConcurrentHashMap.newKeySet(), new AtomicInteger(), peak);

            @Override
            public long footprint(BatchRow row) {
                return 40L << 20;
            }

            @Override
            public BatchRowResult run(BatchRow row, JobContext context) throws Exception {
                return inner.run(row, context);
            }
        };
        BatchRunner.run(manifest(), 3, 64L << 20, dir.resolve("s.csv"), big, JobContext.silent());
        assertEquals(1, peak.get(), "two 40 MiB rows do not fit a 64 MiB budget");
    }

    @Test
    void manifestErrorsNameTheLineAndColumn() throws Exception {
        Path m = Files.writeString(dir.resolve("bad.csv"), "language,corpus,pieces,output\nzh,zh.txt,many,out\n");
        RecipeException e = assertThrows(RecipeException.class, () -> BatchManifest.read(m, dir));
        assertTrue(e.getMessage().contains("field pieces: line 1: expected a whole number, found 'many'"), e.getMessage());
        Path u = Files.writeString(dir.resolve("u.csv"), "language,corpus,pieces,output,colour\nzh,zh.txt,1,out,red\n");
        e = assertThrows(RecipeException.class, () -> BatchManifest.read(u, dir));
        assertTrue(e.getMessage().contains("field colour: unknown column"), e.getMessage());
    }
}
