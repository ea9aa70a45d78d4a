package org.vwb.model.patch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/// What a passed verification checked.
///
/// @param output         the folder verified
/// @param tensorsChecked tensors whose dtype, shape and bytes were compared with the base
/// @param bytesCompared  bytes compared with the base (tensor data and copied files)
/// @param filesCompared  files compared byte for byte with the base (copied shards and other files)
/// @param oldRows        rows of the base's embedding
/// @param rows           rows of the output's embedding, equal to its `vocab_size`
/// @param tokenizerSizes ids per tokenizer file of the output, as loaded by the native engine
/// @param time           wall time of the verification
public record VerifyReport(Path output, int tensorsChecked, long bytesCompared, int filesCompared, long oldRows,
                           long rows, Map<String, Integer> tokenizerSizes, Duration time) {

    /// Copies the map.
    public VerifyReport {
        Objects.requireNonNull(output, "output");
        tokenizerSizes = Collections.unmodifiableMap(new LinkedHashMap<>(tokenizerSizes));
        Objects.requireNonNull(time, "time");
    }
}
