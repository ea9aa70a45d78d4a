package org.vwb.model.patch.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.vwb.safetensors.StagedSafetensorsWriter;
import org.vwb.safetensors.TensorData;
import org.vwb.safetensors.TensorInfo;

/// The unchanged tensors of one rewritten shard, cloned from the base shard where the file system shares
/// blocks between files ([Reflink#cloneRange]) instead of copied.
///
/// A block can be shared only where a tensor lies at the same offset within a block in both files, so
/// [#align] pads the new header until most of the unchanged bytes do (in a shard written by the usual
/// tools, all of them: they keep their order, only the growing tensor leaves the run). The staged writer
/// then writes the shard as usual, except that a [#region] at a matching offset writes nothing and is
/// only recorded; [#finish] then clones the whole blocks of each recorded region and copies the bytes
/// before and after them. A region whose clone the file system refuses is copied whole. Cloned bytes
/// pass no digest: the verify proves them by their extent maps ([Reflink#sharedInterior]).
final class ShardClones {
    private final Path shard;
    private final long block;
    private final List<Deferred> deferred = new ArrayList<>();
    /// The bytes [#align] expects to be cloned (whole blocks of the regions that will be deferred).
    private long expected;

    /// A region recorded by [#region]: `length` bytes from `sourcePos` of the base shard to `targetPos`.
    private record Deferred(long sourcePos, long targetPos, long length) {
    }

    /// Clones of `shard`'s bytes in blocks of `block` bytes.
    ShardClones(Path shard, long block) {
        this.shard = shard;
        this.block = block;
    }

    /// The tensor data of `length` bytes at `position` of the base shard: recorded for [#finish] when
    /// written to a file at the same offset within a block and at least a block long, else written by
    /// `copy` (the usual copy of the same bytes).
    TensorData region(long position, long length, TensorData copy) {
        return TensorData.of(length, out -> {
            if (out instanceof FileChannel file && length >= block
                    && Math.floorMod(file.position() - position, block) == 0) {
                synchronized (deferred) {
                    deferred.add(new Deferred(position, file.position(), length));
                }
                file.position(file.position() + length); // a hole until finish fills it
            } else {
                copy.writeTo(out);
            }
        });
    }

    /// Pads `writer`'s header so that the largest share of its fixed tensors' bytes lies at the same
    /// offset within a block as in the base shard, whose tensors start at `baseDataStart` + their begin
    /// (`baseBegin`). `layout` is the writer's layout. Nothing changes when that offset would leave the
    /// data section unaligned to 8 bytes.
    void align(StagedSafetensorsWriter writer, List<TensorInfo> layout,
               java.util.function.ToLongFunction<String> baseBegin, long baseDataStart) {
        java.util.Map<Long, Long> bytesByShift = new java.util.HashMap<>();
        for (TensorInfo t : layout) {
            long begin = baseBegin.applyAsLong(t.name());
            if (begin >= 0) {
                bytesByShift.merge(Math.floorMod(baseDataStart + begin - t.begin(), block), t.byteLength(), Long::sum);
            }
        }
        bytesByShift.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .filter(e -> e.getKey() % 8 == 0)
                .ifPresent(e -> writer.alignDataStart(block, e.getKey()));
        expected = 0;
        for (TensorInfo t : layout) {
            long begin = baseBegin.applyAsLong(t.name());
            long source = baseDataStart + begin;
            if (begin >= 0 && t.byteLength() >= block
                    && Math.floorMod(writer.dataStart() + t.begin() - source, block) == 0) {
                long from = Math.floorMod(-source, block);
                expected += (t.byteLength() - from) / block * block;
            }
        }
    }

    /// The bytes that will be cloned rather than written, as planned by [#align] (a clone the file system
    /// refuses is copied after all).
    long expectedBytes() {
        return expected;
    }

    /// Fills the recorded regions of `target` (written by the staged writer; its fixed tensors end at
    /// `end`), reporting their bytes to `meter`.
    void finish(Path target, long end, Meter meter) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(target.toFile(), "rw")) {
            if (raf.length() < end) {
                raf.setLength(end); // the last region may be a hole at the end
            }
        }
        List<Deferred> regions;
        synchronized (deferred) {
            regions = List.copyOf(deferred);
        }
        try (FileChannel in = FileChannel.open(shard, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
            for (Deferred d : regions) {
                long from = Math.floorMod(-d.sourcePos(), block);
                long to = from + (d.length() - from) / block * block;
                if (to > from
                        && Reflink.cloneRange(shard, d.sourcePos() + from, target, d.targetPos() + from, to - from)) {
                    ByteCopy.transfer(in, shard, d.sourcePos(), from, out.position(d.targetPos()), meter);
                    meter.advance(to - from);
                    ByteCopy.transfer(in, shard, d.sourcePos() + to, d.length() - to, out.position(d.targetPos() + to),
                            meter);
                } else {
                    ByteCopy.transfer(in, shard, d.sourcePos(), d.length(), out.position(d.targetPos()), meter);
                }
            }
        }
    }
}
