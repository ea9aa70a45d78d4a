package org.vwb.model.patch.internal;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vwb.model.patch.NewRows;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.ShardIndex;
import org.vwb.safetensors.TensorInfo;
import org.vwb.safetensors.TensorView;

/// Compares the output's tensors with the base's: layout, every tensor's dtype and shape, the bytes of
/// unchanged tensors (shards without a growing tensor as whole files, header included), the old rows of
/// the growing tensors, and their new rows (finite, and equal to the expected values once encoded).
final class TensorComparison {
    private static final long BLOCK_BYTES = 16L << 20;

    /// What was compared.
    record Counts(int tensors, long bytes, int files) {
    }

    private final Checkpoint base;
    private final Checkpoint out;
    private final Map<String, Target> targets = new HashMap<>();
    private final long rows;
    private final Optional<NewRows> expected;
    private final Differences diffs;
    private final Meter meter;
    private final CopyDigests known;
    /// The byte comparisons, on every core; their differences follow the others, in tensor order.
    private final ParallelSteps checks;
    private long bytes;
    private int files;

    private TensorComparison(Checkpoint base, Checkpoint out, List<Target> targets, long rows,
                             Optional<NewRows> expected, Differences diffs, Meter meter, CopyDigests known,
                             ParallelSteps checks) {
        this.base = base;
        this.out = out;
        targets.forEach(t -> this.targets.put(t.name(), t));
        this.rows = rows;
        this.expected = expected;
        this.diffs = diffs;
        this.meter = meter;
        this.known = known;
        this.checks = checks;
    }

    /// Compares `outFolder` with `baseFolder`, whose growing tensors are `targets`, for `rows` rows; base
    /// ranges in `known` are compared by their digests.
    static Counts run(Path baseFolder, Path outFolder, List<Target> targets, long rows, Optional<NewRows> expected,
                      Differences diffs, Meter meter, CopyDigests known) throws IOException {
        try (Checkpoint b = Checkpoint.openHeaders(baseFolder); Checkpoint o = Checkpoint.openHeaders(outFolder);
             ParallelSteps checks = ParallelSteps.perCore()) {
            TensorComparison c = new TensorComparison(b, o, targets, rows, expected, diffs, meter, known, checks);
            c.layout();
            List<String> copied = c.copiedShards();
            for (TensorInfo t : c.lastWrittenFirst()) {
                c.tensor(t, copied.contains(c.rel(b, b.shardOf(t.name()))));
            }
            o.tensors().stream().filter(t -> b.find(t.name()).isEmpty())
                    .forEach(t -> diffs.add(c.rel(o, o.shardOf(t.name())), "tensor '" + t.name() + "'",
                            "no such tensor (the base has none)", t));
            checks.finish(diffs);
            return new Counts(b.tensors().size(), c.bytes, c.files);
        }
    }

    private void layout() {
        List<String> bs = base.shards().stream().map(s -> rel(base, s)).toList();
        List<String> os = out.shards().stream().map(s -> rel(out, s)).toList();
        if (!bs.equals(os)) {
            diffs.add(".", "safetensors files", bs, os);
        }
        if (base.index().isPresent() != out.index().isPresent()) {
            diffs.add(ShardIndex.FILE_NAME, "presence", base.index().isPresent() ? "present" : "absent",
                    out.index().isPresent() ? "present" : "absent");
        }
        if (base.index().isPresent() && out.index().isPresent()) {
            index(base.index().get(), out.index().get());
        }
    }

    private void index(ShardIndex b, ShardIndex o) {
        if (!b.weightMap().equals(o.weightMap())) {
            diffs.add(ShardIndex.FILE_NAME, "weight_map", "the base's " + b.weightMap().size() + " entries",
                    o.weightMap().size() + " entries, differing");
        }
        if (o.totalSize() != out.totalTensorBytes()) {
            diffs.add(ShardIndex.FILE_NAME, "metadata.total_size", out.totalTensorBytes() + " (sum of tensor bytes)",
                    o.totalSize());
        }
        Map<String, String> bm = new HashMap<>(b.metadata());
        Map<String, String> om = new HashMap<>(o.metadata());
        bm.remove("total_size");
        om.remove("total_size");
        if (!bm.equals(om)) {
            diffs.add(ShardIndex.FILE_NAME, "metadata", bm, om);
        }
    }

    /// The base's tensors in the reverse of the order the patch wrote them (shards in reverse, then
    /// descending offset in the output), so that what the page cache still holds is compared before the
    /// rest is read (see [FileBytes]). Copied shards are written after the rewritten ones and compared
    /// first, as whole files, by [#copiedShards].
    private List<TensorInfo> lastWrittenFirst() {
        List<Path> shards = base.shards();
        List<TensorInfo> order = new java.util.ArrayList<>(base.tensors());
        order.sort(java.util.Comparator.comparingInt((TensorInfo t) -> -shards.indexOf(base.shardOf(t.name())))
                .thenComparingLong(t -> -out.find(t.name()).orElse(t).begin()));
        return order;
    }

    /// Shards without a growing tensor: compared as whole files, which also covers their headers; the
    /// last shard first, since the patch copies them in order after rewriting the others.
    private List<String> copiedShards() throws IOException {
        List<String> copied = new java.util.ArrayList<>();
        for (Path shard : base.shards().reversed()) {
            String rel = rel(base, shard);
            boolean grows = base.header(shard).tensors().stream().anyMatch(t -> targets.containsKey(t.name()));
            Path o = out.folder().resolve(rel);
            if (grows || !Files.isRegularFile(o)) {
                continue;
            }
            checks.submit(found -> {
                long at = FileBytes.mismatch(shard, o, meter, known);
                if (at >= 0) {
                    found.add(rel, "byte " + at + where(shard, at), "identical to the base's file (a copied shard)",
                            "a different byte");
                }
            });
            bytes += Files.size(shard);
            files++;
            copied.add(rel);
        }
        return copied;
    }

    private String where(Path shard, long at) {
        long dataStart = base.header(shard).dataStart();
        if (at < dataStart) {
            return " (in the header)";
        }
        return base.header(shard).tensors().stream().filter(t -> at - dataStart >= t.begin() && at - dataStart < t.end())
                .findFirst().map(t -> " (in tensor '" + t.name() + "')").orElse(" (after the last tensor)");
    }

    private void tensor(TensorInfo t, boolean inCopiedShard) throws IOException {
        String shard = rel(base, base.shardOf(t.name()));
        Optional<TensorInfo> found = out.find(t.name());
        if (found.isEmpty()) {
            diffs.add(shard, "tensor '" + t.name() + "'", t, "missing");
            return;
        }
        TensorInfo o = found.get();
        String oShard = rel(out, out.shardOf(t.name()));
        Target target = targets.get(t.name());
        long[] shape = target == null ? t.shape() : target.shapeWithRows(rows);
        if (!oShard.equals(shard)) {
            diffs.add(oShard, "tensor '" + t.name() + "' shard", shard, oShard);
        }
        if (o.dtype() != t.dtype() || !Arrays.equals(o.shape(), shape)) {
            diffs.add(oShard, "tensor '" + t.name() + "'", t.dtype().wireName() + Arrays.toString(shape),
                    o.dtype().wireName() + Arrays.toString(o.shape()));
            return;
        }
        if (inCopiedShard) {
            return;
        }
        Path bFile = base.shardOf(t.name());
        Path oFile = out.shardOf(t.name());
        long oStart = out.header(oFile).dataStart() + o.begin();
        if (target != null) { // the new rows were written after the old ones: compared first (see lastWrittenFirst)
            checks.submit(d -> newRows(target, oFile, oStart + t.byteLength(), oShard, d));
            bytes += (rows - target.info().shape()[0]) * target.rowBytes();
        }
        long bStart = base.header(bFile).dataStart() + t.begin();
        checks.submit(d -> {
            long at = FileBytes.mismatch(bFile, bStart, oFile, oStart, t.byteLength(), meter, known);
            if (at >= 0) {
                String what = target == null ? "byte " + at : "old row " + at / target.rowBytes() + " (byte " + at + ")";
                d.add(oShard, "tensor '" + t.name() + "' " + what, "identical to the base", "a different byte");
            }
        });
        bytes += t.byteLength();
    }

    /// Reads the new rows (after the old ones, at `start` of `file`) in blocks of about 16 MiB: each is
    /// finite and, when rows were expected, equal to them encoded to the dtype.
    private void newRows(Target target, Path file, long start, String shard, Differences found) throws IOException {
        long oldRows = target.info().shape()[0];
        Optional<NewRowSource> want = expected.flatMap(e -> NewRowSource.of(target, e));
        if (expected.isPresent() && (want.isEmpty() || want.get().rows() != rows - oldRows)) {
            found.add(shard, "tensor '" + target.name() + "' new rows", want.map(NewRowSource::rows).orElse(0),
                    rows - oldRows);
            return;
        }
        long rowBytes = target.rowBytes();
        int block = (int) Math.max(1, Math.min(rows - oldRows, BLOCK_BYTES / rowBytes));
        float[] row = new float[Math.toIntExact(target.columns())];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            for (long first = oldRows; first < rows; first += block) {
                int n = (int) Math.min(block, rows - first);
                ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(n * rowBytes));
                long at = start + (first - oldRows) * rowBytes;
                while (buf.hasRemaining()) {
                    if (ch.read(buf, at + buf.position()) < 0) {
                        throw new java.io.EOFException(file + ": ends inside tensor '" + target.name() + "'");
                    }
                }
                TensorView view = TensorView.of(new TensorInfo(target.name(), target.info().dtype(),
                        target.shapeWithRows(n), 0, n * rowBytes), MemorySegment.ofArray(buf.array()));
                for (int r = 0; r < n; r++) {
                    if (!rowMatches(target, view, r, first + r, row, want, shard, found)) {
                        return;
                    }
                }
                meter.advance(n * rowBytes);
            }
        }
    }

    private boolean rowMatches(Target target, TensorView view, int r, long id, float[] row, Optional<NewRowSource> want,
                               String shard, Differences found) {
        view.readRow(r, row);
        for (int c = 0; c < row.length; c++) {
            if (!Float.isFinite(row[c])) {
                found.add(shard, "tensor '" + target.name() + "' row " + id + " column " + c, "a finite value", row[c]);
                return false;
            }
        }
        if (want.isPresent()) {
            want.get().readRow(id - target.info().shape()[0], row);
            if (NewRowBytes.encode(target.info().dtype(), row).mismatch(view.row(r)) >= 0) {
                found.add(shard, "tensor '" + target.name() + "' row " + id,
                        "the requested values in " + target.info().dtype().wireName(), "other values");
                return false;
            }
        }
        return true;
    }

    private String rel(Checkpoint cp, Path shard) {
        return FolderFiles.relative(cp.folder(), shard);
    }
}
