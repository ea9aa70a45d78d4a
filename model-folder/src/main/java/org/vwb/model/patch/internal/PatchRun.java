package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vwb.common.AtomicFiles;
import org.vwb.common.JobContext;
import org.vwb.model.patch.DiskSpace;
import org.vwb.model.patch.ExtraFile;
import org.vwb.model.patch.PatchPlan;
import org.vwb.model.patch.PatchRequest;
import org.vwb.model.patch.PatchResult;
import org.vwb.model.patch.PlannedFile;
import org.vwb.model.patch.PlannedFile.Action;
import org.vwb.model.patch.VerifyExpectations;
import org.vwb.model.patch.VerifyReport;
import org.vwb.safetensors.ShardIndex;

/// Writes a planned patch into a temporary folder beside the output, verifies it there, and only then
/// renames it into place (see [org.vwb.model.patch.CheckpointPatcher#write]).
public final class PatchRun {
    private final Planner.Prepared prepared;
    private final Meter meter;
    /// Digests of the base bytes as they are copied, for the verify (`vwb.patch.verify=exact`: none).
    private final CopyDigests digests;
    private final List<String> rewritten = new ArrayList<>();
    private final List<String> copiedShards = new ArrayList<>();
    private Prefill prefill;
    private long written;
    private long copied;
    private VerifyReport report;

    private PatchRun(Planner.Prepared prepared, Meter meter, CopyDigests digests) {
        this.prepared = prepared;
        this.meter = meter;
        this.digests = digests;
    }

    /// Checks, plans, writes, verifies and moves into place.
    public static PatchResult write(PatchRequest request, DiskSpace disk, JobContext ctx) throws IOException {
        return write(request, disk, ctx, null);
    }

    /// As [#write(PatchRequest, DiskSpace, JobContext)], taking over the temporary folder that `copy`
    /// (started for this request's base and output; null for none) is filling, after waiting for it.
    public static PatchResult write(PatchRequest request, DiskSpace disk, JobContext ctx, BaseCopyRun copy)
            throws IOException {
        Meter meter = new Meter(ctx);
        meter.phase("checking", -1);
        PathChecks.checkOverlap(request);
        Path out = PathChecks.output(request);
        if (copy == null) {
            // First, so that a killed run's temporary folder frees its space before the space check, and a
            // run killed between the renames of an overwrite gets its previous output back. (A base copy
            // did this when it started.)
            AtomicFiles.removeLeftovers(out.getParent(), out.getFileName().toString());
        }
        // The bytes a base copy has written are on the disk already, and bytes to be cloned take no room:
        // both count as usable for the plan.
        DiskSpace usable = copy == null ? withClones(disk, request)
                : p -> saturatedSum(disk.usableBytes(p), copy.copiedBytes());
        Planner.Prepared prepared = Planner.prepare(request, usable);
        PatchPlan plan = prepared.plan();
        if (!plan.enoughSpace()) {
            throw PathChecks.noSpace(out, plan.spaceNeeded(), plan.usableBytes());
        }
        PatchRun run;
        if (copy == null) {
            run = new PatchRun(prepared, meter, CopyDigests.fromSystemProperty());
            AtomicFiles.writeDirectory(out, request.overwrite(), tmp -> {
                run.prefill = new Prefill(prepared.layout(), run.digests, Prefill.cloneBlock(prepared.layout(), out));
                meter.phase("copying the base's unchanged tensors", run.prefill.totalBytes());
                run.prefill.run(tmp, meter);
                run.fill(tmp);
            });
        } else {
            copy.checkMatches(request, out, prepared.layout());
            run = new PatchRun(prepared, meter, copy.digests());
            Path tmp = copy.handOver();
            try {
                run.prefill = copy.await(ctx, meter);
                run.fill(tmp);
                AtomicFiles.moveDirectoryIntoPlace(tmp, out);
            } finally {
                AtomicFiles.deleteRecursively(tmp);
            }
        }
        List<PlannedFile> shards = plan.files().stream().filter(f -> f.path().endsWith(".safetensors")).toList();
        shards.stream().filter(f -> f.action() == Action.COPY).forEach(f -> run.copiedShards.add(f.path()));
        return new PatchResult(out, plan, prepared.targets().stream().map(Target::name).toList(), run.rewritten,
                run.copiedShards, run.written, run.copied, meter.finish(), run.report);
    }

    /// `disk` plus the bytes a write of `request` would clone rather than write ([#clonableBytes]),
    /// found when the plan asks (the base is checked by then).
    public static DiskSpace withClones(DiskSpace disk, PatchRequest request) {
        return folder -> saturatedSum(disk.usableBytes(folder),
                clonableBytes(request.base(), PathChecks.output(request)));
    }

    /// The bytes of `base`'s weights that a write to `output` would clone rather than write, so that they
    /// need no room ([Prefill#clonedBytes]); 0 where the output's file system cannot share blocks with the
    /// base, or the output's folder does not exist yet. Probes with a file beside the output
    /// ([Prefill#cloneBlock]).
    public static long clonableBytes(Path base, Path output) throws IOException {
        BaseLayout layout = BaseLayout.read(org.vwb.model.ModelFolder.open(base));
        return new Prefill(layout, CopyDigests.disabled(), Prefill.cloneBlock(layout, output)).clonedBytes();
    }

    /// Everything after the prefill: the grown tensors, the files not copied yet, config, index,
    /// tokenizer and extra files, then the verify.
    private void fill(Path tmp) throws IOException {
        PatchPlan plan = prepared.plan();
        for (PlannedFile f : plan.files(Action.COPY)) {
            if (prefill.copied(f.source().orElseThrow())) {
                copied += f.bytes();
            }
        }
        meter.phase("writing the grown tensors", prepared.newBytes() + prepared.targets().stream()
                .mapToLong(t -> t.info().byteLength()).sum());
        // The staged shards (on a 7B model the embedding in one, lm_head in another) get their grown
        // tensors on a thread each: reading the old rows from the base and encoding the new ones keep one
        // core busy per shard, and nothing else is left to run beside them.
        try (ParallelSteps appends = ParallelSteps.perCore()) {
            long[] staged = new long[plan.files(Action.REWRITE).size()];
            int i = 0;
            for (PlannedFile f : plan.files(Action.REWRITE)) {
                Path shard = f.source().orElseThrow();
                Path target = tmp.resolve(f.path());
                int slot = i++;
                if (prefill.staged(shard)) {
                    appends.submit(found -> named(target, () -> staged[slot] = prefill.finish(tmp, shard,
                            prepared.request().rows(), prepared.request().newVocabSize(), meter)));
                } else {
                    named(target, () -> {
                        Files.createDirectories(target.getParent());
                        written += ShardRewrite.writer(shard, prepared.headers().get(shard),
                                prepared.rewritten().get(shard), prepared.request().rows(),
                                prepared.request().newVocabSize(), meter, digests).write(target);
                    });
                }
                rewritten.add(f.path());
            }
            appends.finish(new Differences());
            written += java.util.Arrays.stream(staged).sum();
        }
        List<PlannedFile> toCopy = plan.files(Action.COPY).stream()
                .filter(f -> !prefill.copied(f.source().orElseThrow())).toList();
        meter.phase("copying files", toCopy.stream().mapToLong(PlannedFile::bytes).sum());
        for (PlannedFile f : toCopy) {
            named(tmp.resolve(f.path()), () -> copied += copy(f, tmp));
        }
        meter.phase("writing config, index, tokenizer and extra files", -1);
        named(tmp.resolve("config.json"), () -> writeConfig(tmp));
        named(tmp.resolve(ShardIndex.FILE_NAME), () -> writeIndex(tmp));
        for (PlannedFile f : plan.files(Action.TOKENIZER)) {
            named(tmp.resolve(f.path()), () -> written += copy(f, tmp));
        }
        for (PlannedFile f : plan.files(Action.EXTRA)) {
            named(tmp.resolve(f.path()), () -> written += writeExtra(f, tmp));
        }
        report = Verification.run(prepared.model(), tmp, VerifyExpectations.of(prepared.request()),
                prepared.vocabularies(), meter, digests);
        meter.phase("moving into place", -1);
    }

    private static long saturatedSum(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }

    /// A step that writes one file.
    @FunctionalInterface
    interface Step {
        void run() throws IOException;
    }

    /// Runs `step`, naming `target` in an I/O error that does not name a file already ("No space left on
    /// device" says neither which file nor where).
    static void named(Path target, Step step) throws IOException {
        try {
            step.run();
        } catch (IOException e) {
            if (e.getClass() != IOException.class) {
                throw e; // a specific exception (a FileSystemException, ours) already says what and where
            }
            throw new IOException(target + ": " + e.getMessage(), e);
        }
    }

    private long copy(PlannedFile f, Path tmp) throws IOException {
        Path target = tmp.resolve(f.path());
        Files.createDirectories(target.getParent());
        return ByteCopy.copyFile(f.source().orElseThrow(), target, meter, digests);
    }

    private void writeConfig(Path tmp) throws IOException {
        Path file = prepared.model().folder().resolve("config.json");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String patched = prepared.config().apply(file, text, prepared.request().newVocabSize());
        byte[] bytes = patched.getBytes(StandardCharsets.UTF_8);
        Files.write(tmp.resolve("config.json"), bytes);
        written += bytes.length;
    }

    private void writeIndex(Path tmp) throws IOException {
        Path file = prepared.model().folder().resolve(ShardIndex.FILE_NAME);
        if (prepared.plan().files(Action.INDEX).isEmpty()) {
            return;
        }
        ShardIndex base = ShardIndex.read(file);
        long tensorBytes = prepared.headers().values().stream().mapToLong(h -> h.dataLength()).sum();
        Map<String, String> metadata = new LinkedHashMap<>(base.metadata());
        metadata.put("total_size", Long.toString(tensorBytes + prepared.newBytes()));
        Path target = tmp.resolve(ShardIndex.FILE_NAME);
        new ShardIndex(metadata, base.weightMap()).write(target);
        written += Files.size(target);
    }

    private long writeExtra(PlannedFile f, Path tmp) throws IOException {
        ExtraFile extra = prepared.request().extraFiles().get(f.path());
        if (extra instanceof ExtraFile.Content c) {
            Files.write(tmp.resolve(f.path()), c.bytes());
            return c.size();
        }
        return copy(f, tmp);
    }
}
