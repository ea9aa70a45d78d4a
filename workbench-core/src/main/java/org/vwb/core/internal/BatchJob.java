package org.vwb.core.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.vwb.common.JobContext;
import org.vwb.core.BatchManifest;
import org.vwb.core.BatchRequest;
import org.vwb.core.BatchRow;
import org.vwb.core.BatchRowResult;
import org.vwb.core.ExpandSummary;
import org.vwb.core.Recipe;
import org.vwb.core.Workbench;
import org.vwb.model.HeadKind;
import org.vwb.model.ModelFolder;
import org.vwb.vocab.mine.Script;

/// `vwb batch`: one expansion per manifest row, run by [BatchRunner].
public final class BatchJob {

    /// Heap a row needs beyond its matrices: tokenizer engines, mining counts, the corpus in flight.
    static final long ROW_OVERHEAD = 512L << 20;

    private BatchJob() {
    }

    /// Runs the batch.
    public static List<BatchRowResult> run(Workbench workbench, BatchRequest request, JobContext ctx)
            throws IOException {
        List<BatchRow> rows = BatchManifest.read(request.manifest(), request.base());
        long budget = (long) (Runtime.getRuntime().maxMemory() * 0.8);
        return BatchRunner.run(rows, request.jobs(), budget, request.summary(), new BatchRunner.RowTask() {
            @Override
            public long footprint(BatchRow row) throws IOException {
                return BatchJob.footprint(row);
            }

            @Override
            public BatchRowResult run(BatchRow row, JobContext context) throws Exception {
                long t0 = System.nanoTime();
                ExpandSummary s = ExpandJob.run(workbench, recipe(row, request.seed()), false, context);
                return new BatchRowResult(row.line(), row.name(), row.language(), "ok", (System.nanoTime() - t0) / 1e9,
                        s.before(), s.after(), s.hull(), s.output(), "");
            }
        }, ctx);
    }

    /// The recipe of one manifest row.
    static Recipe recipe(BatchRow row, long seed) {
        Script script = Script.valueOf(row.script().toUpperCase(Locale.ROOT).replace('-', '_'));
        Recipe.Pieces pieces = new Recipe.Pieces(Recipe.Source.MINE, row.corpus(), row.pieces(), 2, 16, script, null);
        return new Recipe(row.base(), pieces, new Recipe.Method(row.method(), row.options()), null, "mean", true, 1,
                new Recipe.Diagnostics(true, 2000, 10), row.output(), seed);
    }

    /// f32 copies of the embedding (and untied head) plus the new rows, plus a fixed overhead.
    static long footprint(BatchRow row) throws IOException {
        ModelFolder base = ModelFolder.open(row.base());
        long[] shape = base.layout().embedding().shape();
        long matrices = base.layout().headKind() == HeadKind.UNTIED ? 2 : 1;
        return matrices * (shape[0] + row.pieces()) * shape[1] * Float.BYTES + ROW_OVERHEAD;
    }
}
