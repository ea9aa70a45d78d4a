package org.vwb.model.patch.internal;

import java.nio.file.Path;
import java.util.Map;

import org.vwb.model.patch.NewRows;
import org.vwb.safetensors.RowSource;
import org.vwb.safetensors.SafetensorsHeader;
import org.vwb.safetensors.SafetensorsWriter;
import org.vwb.safetensors.TensorData;
import org.vwb.safetensors.TensorInfo;

/// Builds the writer of a shard that holds a growing tensor: every tensor's base bytes are copied from
/// the base file by the kernel (never decoded), and the growing ones get their new rows encoded to their
/// own dtype after them. The old bytes' digests go to `digests` when it records them. The shard's `__metadata__` is kept (the writer sets `format` and `vwb.version`).
final class ShardRewrite {
    private ShardRewrite() {
    }

    /// The writer for `shard` (with its parsed `header`); `targets` are the growing tensors by name.
    static SafetensorsWriter writer(Path shard, SafetensorsHeader header, Map<String, Target> targets,
                                    NewRows rows, long newVocabSize, Meter meter, CopyDigests digests) {
        SafetensorsWriter w = SafetensorsWriter.create();
        header.metadata().forEach((k, v) -> {
            if (!k.equals("format")) {
                w.metadata(k, v);
            }
        });
        for (TensorInfo t : header.tensors()) {
            TensorData old = ByteCopy.region(shard, header.dataStart() + t.begin(), t.byteLength(), meter, digests);
            Target target = targets.get(t.name());
            if (target == null) {
                w.add(t.name(), t.dtype(), t.shape(), old);
                continue;
            }
            NewRowSource source = NewRowSource.of(target, rows).orElseThrow(); // checked when planning
            RowSource metered = (row, dst) -> {
                source.readRow(row, dst);
                meter.advance(target.rowBytes());
            };
            TensorData added = TensorData.encodeRows(t.dtype(), source.rows(), target.columns(), metered);
            w.add(t.name(), t.dtype(), target.shapeWithRows(newVocabSize), TensorData.concat(old, added));
        }
        return w;
    }
}
