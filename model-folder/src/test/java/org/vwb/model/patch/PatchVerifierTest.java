package org.vwb.model.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.ShardIndex;
import org.vwb.samples.SyntheticModelSpec;

/// The verify step passes on a patched folder and names what differs after each kind of tampering.
class PatchVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMBED = "model.embed_tokens.weight";
    private static final String COPIED_SHARD = "model-00002-of-00003.safetensors";

    @TempDir
    static Path shared;
    static PatchFixtures.Setup single;
    static PatchFixtures.Setup sharded;

    @TempDir
    Path dir;

    @BeforeAll
    static void patched() throws IOException {
        Path a = Files.createDirectories(shared.resolve("single"));
        single = PatchFixtures.setup(a, PatchFixtures.sample("tiny-llama-tied-f32", a), 64, false);
        new CheckpointPatcher().write(single.request(), JobContext.silent());
        Path b = Files.createDirectories(shared.resolve("sharded"));
        SyntheticModelSpec spec = SyntheticModelSpec.defaults().withTied(false).withDtype(DType.BF16).withShards(3);
        sharded = PatchFixtures.setup(b, PatchFixtures.synthetic(spec, b), 64, true);
        new CheckpointPatcher().write(sharded.request(), JobContext.silent());
    }

    private Path copy(PatchFixtures.Setup s) throws IOException {
        return TestWeights.copyTree(s.dir().resolve("out"), dir.resolve("copy"));
    }

    private static List<Difference> differences(PatchFixtures.Setup s, Path out, VerifyExpectations expected) {
        return assertThrows(PatchVerificationException.class,
                () -> PatchVerifier.verify(s.base(), out, expected, JobContext.silent())).differences();
    }

    private static List<Difference> differences(PatchFixtures.Setup s, Path out) {
        return differences(s, out, VerifyExpectations.of(s.request()));
    }

    private static void assertNamed(List<Difference> diffs, String file, String itemPart) {
        assertTrue(diffs.stream().anyMatch(d -> d.file().equals(file) && d.item().contains(itemPart)),
                "expected a difference in " + file + " naming '" + itemPart + "', got " + diffs);
    }

    @Test
    void anUntamperedPatchPassesWithAndWithoutExpectations() throws IOException {
        Path out = single.dir().resolve("out");
        VerifyReport full = PatchVerifier.verify(single.base(), out, VerifyExpectations.of(single.request()),
                JobContext.silent());
        VerifyReport bare = PatchVerifier.verify(single.base(), out, JobContext.silent());
        assertEquals(single.newSize(), full.rows());
        assertEquals(single.oldRows(), bare.oldRows());
        assertEquals(full.tensorsChecked(), bare.tensorsChecked());
        VerifyReport shards = PatchVerifier.verify(sharded.base(), sharded.dir().resolve("out"),
                VerifyExpectations.of(sharded.request()), JobContext.silent());
        assertEquals(2, shards.filesCompared(), "the copied shard and generation_config.json");
    }

    @Test
    void aFlippedByteInAnUnchangedTensorOfARewrittenShardIsFound() throws IOException {
        Path out = copy(single);
        Path file = out.resolve("model.safetensors");
        TestWeights.flipByte(file, TestWeights.offsetOf(file, "model.norm.weight", 5));
        assertNamed(differences(single, out), "model.safetensors", "tensor 'model.norm.weight' byte 5");
    }

    @Test
    void aFlippedByteInACopiedShardIsFoundWithItsTensor() throws IOException {
        Path out = copy(sharded);
        Path file = out.resolve(COPIED_SHARD);
        String tensor = org.vwb.safetensors.SafetensorsFile.readHeader(file).tensors().get(1).name();
        long offset = TestWeights.offsetOf(file, tensor, 0);
        TestWeights.flipByte(file, offset);
        assertNamed(differences(sharded, out), COPIED_SHARD, "byte " + offset + " (in tensor '" + tensor + "')");
    }

    @Test
    void aChangedOldRowIsFound() throws IOException {
        Path out = copy(single);
        Path file = out.resolve("model.safetensors");
        TestWeights.flipByte(file, TestWeights.offsetOf(file, EMBED, 5L * 64 * 4 + 9));
        assertNamed(differences(single, out), "model.safetensors", "tensor '" + EMBED + "' old row 5");
    }

    @Test
    void aChangedNewRowIsFoundAgainstTheExpectedRowsAndANanWithout() throws IOException {
        Path out = copy(single);
        Path file = out.resolve("model.safetensors");
        long row = single.oldRows() + 1;
        TestWeights.flipByte(file, TestWeights.offsetOf(file, EMBED, row * 64 * 4 + 8));
        assertNamed(differences(single, out), "model.safetensors", "tensor '" + EMBED + "' row " + row);
        TestWeights.write(file, TestWeights.offsetOf(file, EMBED, row * 64 * 4 + 8), new byte[] {0, 0, (byte) 0xC0, 0x7F});
        assertNamed(differences(single, out, VerifyExpectations.none()), "model.safetensors", "row " + row + " column 2");
    }

    @Test
    void aConfigChangedBeyondTheVocabularySizeIsFound() throws IOException {
        Path out = copy(single);
        ObjectNode config = (ObjectNode) JSON.readTree(out.resolve("config.json").toFile());
        config.put("rms_norm_eps", 1e-6);
        JSON.writeValue(out.resolve("config.json").toFile(), config);
        List<Difference> diffs = differences(single, out);
        assertEquals(List.of(new Difference("config.json", "rms_norm_eps", "1.0E-5", "1.0E-6")), diffs);

        config.put("rms_norm_eps", 1e-5).put("vocab_size", single.newSize() - 1);
        JSON.writeValue(out.resolve("config.json").toFile(), config);
        assertNamed(differences(single, out), "config.json", "vocab_size");
    }

    @Test
    void missingCopiedFilesAndUnexpectedFilesAreFound() throws IOException {
        Path out = copy(single);
        Files.delete(out.resolve("generation_config.json"));
        Files.writeString(out.resolve("stray.txt"), "?");
        List<Difference> diffs = differences(single, out);
        assertNamed(diffs, "generation_config.json", "presence");
        assertNamed(diffs, "stray.txt", "presence");
        Files.writeString(out.resolve("generation_config.json"), "[]");
        Files.delete(out.resolve("stray.txt"));
        assertNamed(differences(single, out), "generation_config.json", "byte 0");
        Files.copy(single.base().resolve("generation_config.json"), out.resolve("generation_config.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(out.resolve("stray.txt"), "?");
        PatchVerifier.verify(single.base(), out, new VerifyExpectations(Optional.empty(), OptionalInt.empty(),
                Set.of("stray.txt")), JobContext.silent());
    }

    @Test
    void theBaseTokenizerInsteadOfTheNewOneIsFoundAndABrokenOneDoesNotLoad() throws IOException {
        Path out = copy(single);
        for (String name : List.of("tokenizer.json", "tokenizer.model")) {
            Files.copy(single.base().resolve(name), out.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertNamed(differences(single, out), ".", "rows");
        Files.writeString(out.resolve("tokenizer.json"), "{\"version\": \"1.0\"}");
        assertNamed(differences(single, out), "tokenizer.json", "native load");
    }

    @Test
    void aWrongIndexTotalSizeIsFound() throws IOException {
        Path out = copy(sharded);
        ShardIndex index = ShardIndex.read(out.resolve(ShardIndex.FILE_NAME));
        java.util.Map<String, String> meta = new java.util.LinkedHashMap<>(index.metadata());
        meta.put("total_size", "12");
        Files.delete(out.resolve(ShardIndex.FILE_NAME));
        new ShardIndex(meta, index.weightMap()).write(out.resolve(ShardIndex.FILE_NAME));
        assertNamed(differences(sharded, out), ShardIndex.FILE_NAME, "metadata.total_size");
    }
}
