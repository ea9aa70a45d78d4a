package org.vwb.model.patch.internal;

import java.nio.file.Path;
import java.util.Map;

import org.vwb.model.patch.NewRows;
import org.vwb.safetensors.RowSource;
import org.vwb.safetensors.SafetensorsHeader;
import org.vwb.safetensors.SafetensorsWriter;
import org.vwb.safetensors.TensorData;
import org.vwb.safetensors.TensorInfo;

/// The rewrite of a shard that holds a growing tensor: every tensor's base bytes are copied (never
/// decoded), and the growing ones get their new rows encoded to their own dtype after them ([#grown]);
/// the old bytes' digests go to `digests` when it records them. The shard's `__metadata__` is kept
/// ([#keptMetadata]). [Prefill] uses the same pieces for its staged layout; [#writer] writes a shard whole,
/// in the usual order, where that layout would misalign a tensor.
final class ShardRewrite {
    private ShardRewrite() {
    }

    /// The writer for `shard` (with its parsed `header`); `targets` are the growing tensors by name.
    static SafetensorsWriter writer(Path shard, SafetensorsHeader header, Map<String, Target> targets,
                                    NewRows rows, long newVocabSize, Meter meter, CopyDigests digests) {
        SafetensorsWriter w = SafetensorsWriter.create();
        w.metadata(keptMetadata(header));
        for (TensorInfo t : header.tensors()) {
            Target target = targets.get(t.name());
            if (target == null) {
                w.add(t.name(), t.dtype(), t.shape(),
                        ByteCopy.region(shard, header.dataStart() + t.begin(), t.byteLength(), meter, digests));
            } else {
                w.add(t.name(), t.dtype(), target.shapeWithRows(newVocabSize),
                        grown(shard, header, target, rows, meter, digests));
            }
        }
        return w;
    }

    /// The base metadata a rewritten shard keeps: all but `format` (the writers set it, and `vwb.version`).
    static Map<String, String> keptMetadata(SafetensorsHeader header) {
        Map<String, String> kept = new java.util.TreeMap<>(header.metadata());
        kept.remove("format");
        return kept;
    }

    /// The bytes of a grown tensor: its base rows copied as bytes (never decoded), then the new rows
    /// from `rows` encoded to its dtype, each row reported to `meter`.
    static TensorData grown(Path shard, SafetensorsHeader header, Target target, NewRows rows, Meter meter,
                            CopyDigests digests) {
        TensorInfo t = target.info();
        TensorData old = ByteCopy.region(shard, header.dataStart() + t.begin(), t.byteLength(), meter, digests);
        NewRowSource source = NewRowSource.of(target, rows).orElseThrow(); // checked when planning
        RowSource metered = (row, dst) -> {
            source.readRow(row, dst);
            meter.advance(target.rowBytes());
        };
        return TensorData.concat(old, TensorData.encodeRows(t.dtype(), source.rows(), target.columns(), metered));
    }
}
