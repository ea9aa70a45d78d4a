package org.vwb.model.patch;

import java.io.IOException;
import java.nio.file.Path;

import org.vwb.common.JobContext;
import org.vwb.model.patch.internal.Meter;
import org.vwb.model.patch.internal.Verification;

/// Checks a patched folder against its base: the verify step [CheckpointPatcher] runs before moving the
/// output into place, also usable on its own.
///
/// It reopens both folders and checks:
///
/// - the layout: the same safetensors files, single or sharded; the index's `weight_map` unchanged, its
///   `total_size` the sum of the tensors' bytes, its other metadata unchanged;
/// - every tensor's dtype and shape (the growing ones with `vocab_size` rows), and its shard;
/// - bytes: shards without a growing tensor byte-identical to the base's files; in rewritten shards every
///   other tensor, and the old rows of the growing ones, byte-identical; new rows finite and, when the
///   expected rows are given, equal to them encoded to the dtype;
/// - `config.json` equal to the base's as JSON except the vocabulary size, which equals the rows;
/// - every other file the rules copy is present and byte-identical, and nothing else is present;
/// - each tokenizer file loads in its native engine, encodes a probe text, has at most as many ids as
///   rows (fewer only by the padding, when it is known), and keeps the base's pieces at their ids.
///
/// Comparisons map 64 MiB windows of both files at a time (resident memory does not grow with the
/// model), with progress and cancellation between windows. (Inside
/// [CheckpointPatcher#write] the bytes copied from the base are instead compared by 64-bit digests taken
/// during the copy, so the base is not read a second time; a differing window is then compared byte for
/// byte. This standalone verifier always compares byte for byte.)
public final class PatchVerifier {
    private PatchVerifier() {
    }

    /// Verifies `output` against `base` knowing nothing about the patch: the new rows are only checked
    /// to be finite, and the tokenizer to have no more ids than rows.
    ///
    /// @throws PatchVerificationException listing every difference (file, item, expected, found)
    public static VerifyReport verify(Path base, Path output, JobContext ctx) throws IOException {
        return verify(base, output, VerifyExpectations.none(), ctx);
    }

    /// Verifies `output` against `base` and what `expected` says about the patch.
    ///
    /// @throws PatchVerificationException listing every difference (file, item, expected, found)
    /// @throws org.vwb.model.ModelFolderException when the base is not a usable model folder
    public static VerifyReport verify(Path base, Path output, VerifyExpectations expected, JobContext ctx)
            throws IOException {
        return Verification.run(base, output, expected, new Meter(ctx),
                org.vwb.model.patch.internal.CopyDigests.disabled());
    }
}
