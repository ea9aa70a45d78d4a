package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.vwb.common.AtomicFiles;
import org.vwb.common.JobContext;
import org.vwb.common.ProgressSink;
import org.vwb.common.SideTask;
import org.vwb.model.ModelFolder;
import org.vwb.model.patch.DiskSpace;
import org.vwb.model.patch.PatchException;
import org.vwb.model.patch.PatchException.Reason;
import org.vwb.model.patch.PatchPlan;
import org.vwb.model.patch.PatchRequest;

/// The copy of a base's unchanged tensors into the output's temporary folder, on a side thread, started
/// before the new rows exist (see [org.vwb.model.patch.BaseCopy]); [PatchRun] takes the folder over.
public final class BaseCopyRun {
    private final Path base;
    private final Path output;
    private final boolean overwrite;
    private final BaseLayout layout;
    private final Prefill prefill;
    private final CopyDigests digests;
    private final Path tmp;
    private final long total;
    private final AtomicLong done = new AtomicLong();
    private final SideTask<Void> task;
    private boolean handedOver;

    private BaseCopyRun(Path base, Path output, boolean overwrite, BaseLayout layout, CopyDigests digests, Path tmp,
                        long total, Prefill prefill) {
        this.base = base;
        this.output = output;
        this.overwrite = overwrite;
        this.layout = layout;
        this.digests = digests;
        this.tmp = tmp;
        this.total = total;
        this.prefill = prefill;
        ProgressSink counter = new ProgressSink() {
            @Override
            public void begin(String stage, long totalUnits) {
            }

            @Override
            public void advance(long units) {
                done.addAndGet(units);
            }
        };
        this.task = SideTask.start("vwb-base-copy", counter, ctx -> {
            prefetchGrowing(layout);
            prefill.run(tmp, new Meter(ctx));
            return null;
        });
    }

    /// Checks the paths, the base and the space for the copy, creates the temporary folder and starts.
    public static BaseCopyRun start(Path baseFolder, Path outputFolder, boolean overwrite, DiskSpace disk)
            throws IOException {
        PathChecks.checkOverlap(baseFolder, outputFolder);
        Path out = outputFolder.toAbsolutePath().normalize();
        Path base = baseFolder.toAbsolutePath().normalize();
        // First, as a write does: a killed run's temporary folder frees its space, and a run killed between
        // the renames of an overwrite gets its previous output back before the existence check.
        AtomicFiles.removeLeftovers(out.getParent(), out.getFileName().toString());
        PathChecks.checkExisting(out, overwrite);
        BaseLayout layout = BaseLayout.read(ModelFolder.open(base));
        CopyDigests digests = CopyDigests.fromSystemProperty();
        Prefill prefill = new Prefill(layout, digests, Prefill.cloneBlock(layout, out));
        // At least a copy of the base's weights but what will be cloned (the grown tensors' old rows are
        // copied later, the new rows come on top: the write checks the whole plan again).
        long needed = PatchPlan.SPACE_MARGIN - prefill.clonedBytes();
        for (Path shard : layout.headers().keySet()) {
            needed += java.nio.file.Files.size(shard);
        }
        long usable = disk.usableBytes(PathChecks.existingAncestor(out.getParent()));
        if (usable < needed) {
            throw PathChecks.noSpace(out, needed, usable);
        }
        Path tmp = AtomicFiles.createTempDirectory(out, overwrite);
        return new BaseCopyRun(base, out, overwrite, layout, digests, tmp, prefill.totalBytes(), prefill);
    }

    /// Asks the kernel to read the growing tensors (the embedding and lm_head, which the copy leaves for
    /// the write) into the page cache while the copy runs: init reads them as its base matrices, and read
    /// then, beside the copy, they took it 2–2.5 s (docs/BENCHMARKS.md); the write reads their old rows
    /// once more. The copy drops only the pages it copied, so these stay.
    private static void prefetchGrowing(BaseLayout layout) {
        layout.rewritten().forEach((shard, targets) -> {
            try (PageCache cache = PageCache.open(shard)) {
                long dataStart = layout.headers().get(shard).dataStart();
                targets.values().forEach(t -> cache.prefetch(dataStart + t.info().begin(), t.info().byteLength()));
            }
        });
    }

    /// Bytes copied so far.
    public long copiedBytes() {
        return done.get();
    }

    /// Bytes the copy writes in all.
    public long totalBytes() {
        return total;
    }

    /// The copy's wall time once it has ended, else zero.
    public Duration time() {
        return task.isDone() ? Duration.ofMillis(task.millis()) : Duration.ZERO;
    }

    /// Stops the copy and, unless a write took the folder over, deletes the temporary folder.
    public void close() throws IOException {
        task.stop();
        if (!handedOver) {
            AtomicFiles.deleteRecursively(tmp);
        }
    }

    /// Refuses a request for another base, output or overwrite choice than this copy's, or a base whose
    /// weights changed since the copy began.
    void checkMatches(PatchRequest request, Path out, BaseLayout now) throws PatchException {
        Path requested = request.base().toAbsolutePath().normalize();
        if (!requested.equals(base) || !out.equals(output) || request.overwrite() != overwrite) {
            throw new IllegalArgumentException("the base copy was started for " + base + " → " + output
                    + " (overwrite " + overwrite + "), not for " + requested + " → " + out + " (overwrite "
                    + request.overwrite() + ")");
        }
        if (!layout.sameWeights(now)) {
            throw new PatchException(Reason.BASE_CHANGED, base, "the weights' headers changed while the run was"
                    + " copying them; run again on a base folder that nothing modifies meanwhile");
        }
    }

    /// Hands the temporary folder to the caller, which now deletes it or moves it into place.
    Path handOver() {
        handedOver = true;
        return tmp;
    }

    /// Waits for the copy to end, reporting its remaining bytes as `meter`'s current phase; stops it when
    /// `ctx` is cancelled. Returns the finished prefill.
    Prefill await(JobContext ctx, Meter meter) throws IOException {
        long[] reported = {done.get()};
        meter.phase("copying the base's unchanged tensors (begun at job start)", total - reported[0]);
        task.await(ctx, () -> {
            long now = done.get();
            meter.advance(now - reported[0]);
            reported[0] = now;
        });
        meter.advance(done.get() - reported[0]);
        return prefill;
    }

    /// The digests the copy recorded.
    CopyDigests digests() {
        return digests;
    }
}
