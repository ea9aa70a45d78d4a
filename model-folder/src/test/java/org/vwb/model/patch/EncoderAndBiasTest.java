package org.vwb.model.patch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.model.HeadKind;
import org.vwb.model.patch.PatchException.Reason;
import org.vwb.model.patch.PlannedFile.Action;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.Conversions;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.TensorView;

/// Models beyond the tied/untied Llama samples: an encoder without a head (MiniLM), a head with a bias,
/// and a folder with files in other formats and subfolders.
class EncoderAndBiasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /// MiniLM's tokenizer.json with `count` WordPiece entries appended.
    private Path wordPieceWithNewTokens(Path base, int count) throws IOException {
        Path tok = Files.createDirectories(dir.resolve("tokenizer"));
        ObjectNode json = (ObjectNode) JSON.readTree(base.resolve("tokenizer.json").toFile());
        ObjectNode vocab = (ObjectNode) json.path("model").path("vocab");
        int next = vocab.size();
        for (int i = 0; i < count; i++) {
            vocab.put("中文" + i, next + i);
        }
        JSON.writeValue(tok.resolve("tokenizer.json").toFile(), json);
        return tok;
    }

    @Test
    void anEncoderWithoutHeadGrowsItsWordEmbeddingsAndRefusesHeadRows() throws IOException {
        Path base = PatchFixtures.sample("minilm-l6", dir);
        Path tok = wordPieceWithNewTokens(base, 5);
        int oldRows = 30522;
        PatchRequest r = PatchRequest.of(base, dir.resolve("out"), tok, oldRows + 5,
                NewRows.tied(PatchFixtures.rows(5, 384, 11)));

        PatchException e = assertThrows(PatchException.class, () -> new CheckpointPatcher().write(
                r.withRows(NewRows.untied(r.rows().embedding(), r.rows().embedding())), JobContext.silent()));
        assertEquals(Reason.HEAD_ROWS_FOR_TIED, e.reason());
        assertTrue(e.getMessage().contains("absent (an encoder)"), e.getMessage());

        PatchResult result = new CheckpointPatcher().write(r, JobContext.silent());
        assertEquals(HeadKind.NONE, result.plan().headKind());
        assertEquals(List.of("embeddings.word_embeddings.weight"), result.tensorsRewritten());
        assertEquals(oldRows + 5, result.verify().tokenizerSizes().get("tokenizer.json"));
        try (Checkpoint o = Checkpoint.open(dir.resolve("out"))) {
            PatchRoundTripTest.assertNewRows(o.tensor("embeddings.word_embeddings.weight"), oldRows, r.rows().embedding());
        }
    }

    @Test
    void aHeadBiasGrowsWithTheHeadAndIsRequired() throws IOException {
        Path base = PatchFixtures.sample("tiny-llama-untied-f16", dir);
        int oldRows = PatchFixtures.size(base);
        byte[] bias = new byte[oldRows * 2];
        for (int i = 0; i < oldRows; i++) {
            short h = Conversions.f32ToF16(i / 1000f);
            bias[2 * i] = (byte) h;
            bias[2 * i + 1] = (byte) (h >> 8);
        }
        TestWeights.put(base, "lm_head.bias", DType.F16, new long[] {oldRows}, bias);
        PatchFixtures.Setup s = PatchFixtures.setup(dir, base, 64, true);
        int n = s.newSize() - s.oldRows();

        PatchException e = assertThrows(PatchException.class,
                () -> new CheckpointPatcher().write(s.request(), JobContext.silent()));
        assertEquals(Reason.HEAD_BIAS_MISSING, e.reason());
        assertTrue(e.getMessage().contains("lm_head.bias"), e.getMessage());

        float[] newBias = new float[n];
        for (int i = 0; i < n; i++) {
            newBias[i] = -1.5f - i / 3f;
        }
        PatchResult result = new CheckpointPatcher().write(s.request().withRows(s.rows().withHeadBias(newBias)),
                JobContext.silent());
        assertEquals(List.of("model.embed_tokens.weight", "lm_head.weight", "lm_head.bias"), result.tensorsRewritten());
        try (Checkpoint o = Checkpoint.open(dir.resolve("out"))) {
            TensorView v = o.tensor("lm_head.bias");
            assertArrayEquals(new long[] {s.newSize()}, v.info().shape());
            float[] all = v.toFloatArray();
            for (int i = 0; i < oldRows; i++) {
                assertEquals(Conversions.f16ToF32(Conversions.f32ToF16(i / 1000f)), all[i], "old entry " + i);
            }
            for (int i = 0; i < n; i++) {
                assertEquals(Conversions.f16ToF32(Conversions.f32ToF16(newBias[i])), all[oldRows + i], "new entry " + i);
            }
        }
    }

    @Test
    void staleWeightsAndVocabulariesAreSkippedAndOtherFilesInSubfoldersCopied() throws IOException {
        Path base = PatchFixtures.sample("tiny-llama-tied-f32", dir);
        Files.write(base.resolve("pytorch_model.bin"), new byte[100]);
        Files.writeString(base.resolve("vocab.txt"), "a\nb\n");
        Files.writeString(base.resolve("training_args.bin"), "args");
        Files.createDirectories(base.resolve("original"));
        Files.write(base.resolve("original/tokenizer.model"), new byte[10]);
        Files.write(base.resolve("original/consolidated.00.pth"), new byte[10]);
        Files.writeString(base.resolve("original/params.json"), "{}");
        Files.createDirectories(base.resolve("1_Pooling"));
        Files.writeString(base.resolve("1_Pooling/config.json"), "{\"pooling_mode_mean_tokens\": true}");
        Files.createDirectories(base.resolve(".git"));
        Files.writeString(base.resolve(".git/HEAD"), "ref");
        Files.writeString(base.resolve(".gitattributes"), "*.bin filter=lfs");
        PatchFixtures.Setup s = PatchFixtures.setup(dir, base, 64, false);

        PatchResult result = new CheckpointPatcher().write(s.request(), JobContext.silent());

        assertEquals(List.of(".git/", "original/consolidated.00.pth", "original/tokenizer.model", "pytorch_model.bin",
                "vocab.txt"), result.plan().files(Action.SKIP).stream().map(PlannedFile::path).sorted().toList());
        assertEquals(List.of(".gitattributes", "1_Pooling/config.json", "generation_config.json",
                "model.safetensors", "original/params.json", "training_args.bin"),
                result.plan().files().stream().filter(f -> f.action() == Action.COPY || f.action() == Action.REWRITE)
                        .map(PlannedFile::path).sorted().toList());
        Path out = dir.resolve("out");
        assertEquals(-1, Files.mismatch(base.resolve("1_Pooling/config.json"), out.resolve("1_Pooling/config.json")));
        assertTrue(Files.notExists(out.resolve("pytorch_model.bin")) && Files.notExists(out.resolve(".git")));
    }
}
