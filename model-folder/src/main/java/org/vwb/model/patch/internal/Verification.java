package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.vwb.model.ModelFolder;
import org.vwb.model.ModelFolderException;
import org.vwb.model.patch.Difference;
import org.vwb.model.patch.PatchVerificationException;
import org.vwb.model.patch.VerifyExpectations;
import org.vwb.model.patch.VerifyReport;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.SafetensorsFormatException;

/// The verify step: reopens a patched folder and compares it with its base. See
/// [org.vwb.model.patch.PatchVerifier].
public final class Verification {
    private Verification() {
    }

    /// Verifies `output` against `base`; throws [PatchVerificationException] listing every difference.
    /// Base bytes whose digests `known` recorded while they were copied are compared by digest (only the
    /// output is read); all others byte for byte.
    public static VerifyReport run(Path base, Path output, VerifyExpectations expected, Meter meter,
                                   CopyDigests known) throws IOException {
        ModelFolder b = ModelFolder.open(base);
        return run(b, output, expected, new BaseVocabularies(b), meter, known);
    }

    /// As [#run(Path, Path, VerifyExpectations, Meter, CopyDigests)], with the base opened and its
    /// vocabularies cached.
    static VerifyReport run(ModelFolder b, Path output, VerifyExpectations expected, BaseVocabularies vocabularies,
                            Meter meter, CopyDigests known) throws IOException {
        long start = System.nanoTime();
        ModelFolder o = open(output);
        List<Target> targets = Target.of(b);
        Differences diffs = new Differences();
        long rows = o.layout().rows();
        if (rows != o.config().vocabSize()) {
            diffs.add("config.json", "vocab_size", rows + " (the embedding's rows)", o.config().vocabSize());
        }
        if (rows <= b.layout().rows()) {
            diffs.add(".", "embedding rows", "more than the base's " + b.layout().rows(), rows);
        }
        config(b.folder(), o.folder(), (int) rows, diffs);
        List<Path> shards;
        List<Path> growing;
        boolean sharded;
        long total;
        try (Checkpoint cp = Checkpoint.openHeaders(b.folder())) {
            shards = cp.shards();
            growing = targets.stream().map(t -> cp.shardOf(t.name())).distinct().toList();
            sharded = cp.index().isPresent();
            total = cp.totalTensorBytes();
        }
        meter.phase("verifying", total);
        TensorComparison.Counts counts = TensorComparison.run(b.folder(), o.folder(), targets, rows, expected.rows(), diffs, meter,
                known);
        int files = FileComparison.run(b.folder(), o.folder(), shards, growing, sharded, expected.addedFiles(), diffs,
                meter, known);
        Map<String, Integer> sizes = TokenizerComparison.run(b, vocabularies, o.folder(), rows, expected.padToMultipleOf(),
                diffs);
        if (!diffs.isEmpty()) {
            throw new PatchVerificationException(o.folder(), diffs.list());
        }
        return new VerifyReport(o.folder(), counts.tensors(), counts.bytes(), counts.files() + files, b.layout().rows(),
                rows, sizes, Duration.ofNanos(System.nanoTime() - start));
    }

    private static ModelFolder open(Path output) throws IOException {
        try {
            return ModelFolder.open(output);
        } catch (ModelFolderException | SafetensorsFormatException e) {
            throw new PatchVerificationException(output.toAbsolutePath().normalize(),
                    List.of(new Difference(".", "model folder", "a folder that opens as a model", e.getMessage())));
        }
    }

    /// `config.json` equals the base's except for the vocabulary size, which is `rows`.
    private static void config(Path base, Path output, int rows, Differences diffs) throws IOException {
        Path baseFile = base.resolve("config.json");
        String baseText = Files.readString(baseFile, StandardCharsets.UTF_8);
        JsonNode want = ConfigPatch.locate(baseFile, baseText).expected(ConfigPatch.parse(baseFile, baseText), rows);
        Path outFile = output.resolve("config.json");
        JsonNode got = ConfigPatch.parse(outFile, Files.readString(outFile, StandardCharsets.UTF_8));
        if (!want.equals(got)) {
            JsonDiff.compare("", want, got, (field, w, g) -> diffs.add("config.json", field, w, g));
        }
    }
}
