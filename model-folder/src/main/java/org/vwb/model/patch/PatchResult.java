package org.vwb.model.patch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/// What [CheckpointPatcher#write] did.
///
/// @param output           the output folder, now in place and verified
/// @param plan             the plan it followed
/// @param tensorsRewritten the tensors that grew
/// @param shardsRewritten  shard files rewritten (relative names)
/// @param shardsCopied     shard files copied byte for byte (relative names)
/// @param bytesWritten     bytes of rewritten shards, config, index, tokenizer and extra files
/// @param bytesCopied      bytes of files copied byte for byte from the base
/// @param phases           wall time per phase, in order
/// @param verify           what the verification checked
public record PatchResult(Path output, PatchPlan plan, List<String> tensorsRewritten, List<String> shardsRewritten,
                          List<String> shardsCopied, long bytesWritten, long bytesCopied, List<PhaseTime> phases,
                          VerifyReport verify) {

    /// Copies the lists.
    public PatchResult {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(plan, "plan");
        tensorsRewritten = List.copyOf(tensorsRewritten);
        shardsRewritten = List.copyOf(shardsRewritten);
        shardsCopied = List.copyOf(shardsCopied);
        phases = List.copyOf(phases);
        Objects.requireNonNull(verify, "verify");
    }

    /// The sum of the phases' times.
    public Duration totalTime() {
        return phases.stream().map(PhaseTime::time).reduce(Duration.ZERO, Duration::plus);
    }
}
