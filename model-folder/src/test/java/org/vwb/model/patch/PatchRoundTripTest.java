package org.vwb.model.patch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.vwb.common.JobContext;
import org.vwb.model.ModelFolder;
import org.vwb.numeric.FloatMatrix;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.Conversions;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.ShardIndex;
import org.vwb.safetensors.TensorInfo;
import org.vwb.safetensors.TensorView;
import org.vwb.samples.Samples;

class PatchRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(textBlock = """
            tiny-llama-tied-f32,     false
            tiny-llama-untied-bf16,  true
            tiny-llama-untied-f16,   true
            tiny-llama-sharded-bf16, true
            """)
    void patchKeepsOldRowsAndEncodesNewRowsAndChangesOnlyVocabSize(String sample, boolean untied) throws IOException {
        Path base = PatchFixtures.sample(sample, dir);
        int hidden = Samples.syntheticSpec(sample).orElseThrow().hiddenSize();
        PatchFixtures.Setup s = PatchFixtures.setup(dir, base, hidden, untied);
        assertTrue(s.newSize() > s.oldRows(), "the merge added pieces");
        byte[] baseBefore = snapshot(base);

        PatchResult result = new CheckpointPatcher().write(s.request(), JobContext.silent());

        Path out = dir.resolve("out");
        assertEquals(out, result.output());
        assertArrayEquals(baseBefore, snapshot(base), "the base is not modified");
        assertEquals(untied ? List.of("model.embed_tokens.weight", "lm_head.weight") : List.of("model.embed_tokens.weight"),
                result.tensorsRewritten());
        try (Checkpoint b = Checkpoint.open(base); Checkpoint o = Checkpoint.open(out)) {
            assertEquals(b.shards().size(), o.shards().size(), "single stays single, shards stay shards");
            for (TensorInfo t : b.tensors()) {
                TensorView bv = b.tensor(t.name());
                TensorView ov = o.tensor(t.name());
                assertEquals(-1, bv.data().mismatch(ov.data().asSlice(0, bv.data().byteSize())),
                        t.name() + ": base bytes (all rows for the grown tensors) identical");
            }
            assertNewRows(o.tensor("model.embed_tokens.weight"), s.oldRows(), s.rows().embedding());
            if (untied) {
                assertNewRows(o.tensor("lm_head.weight"), s.oldRows(), s.rows().head().orElseThrow());
            }
            if (b.index().isPresent()) {
                ShardIndex index = o.index().orElseThrow();
                assertEquals(b.index().get().weightMap(), index.weightMap());
                assertEquals(o.totalTensorBytes(), index.totalSize());
                assertEquals(b.totalTensorBytes() + (long) (s.newSize() - s.oldRows()) * hidden
                        * (untied ? 2 : 1) * DType.BF16.bytes(), index.totalSize());
            }
        }
        assertConfigChangedOnlyInVocabSize(base, out, s.newSize());
        assertEquals(s.newSize(), ModelFolder.open(out).config().vocabSize());
        for (String name : List.of("tokenizer.json", "tokenizer.model", "tokenizer_config.json", "special_tokens_map.json")) {
            assertEquals(-1, Files.mismatch(s.tokenizer().resolve(name), out.resolve(name)), name + " from the tokenizer folder");
        }
        assertEquals(-1, Files.mismatch(base.resolve("generation_config.json"), out.resolve("generation_config.json")));
        assertEquals(s.newSize(), result.verify().rows());
        assertEquals(s.newSize(), result.verify().tokenizerSizes().get("tokenizer.json"));
        assertFalse(leftovers(), "no temporary folder left");
    }

    static void assertNewRows(TensorView view, int oldRows, FloatMatrix expected) {
        DType dtype = view.info().dtype();
        float[] row = new float[expected.cols()];
        for (int r = 0; r < expected.rows(); r++) {
            view.readRow(oldRows + r, row);
            for (int c = 0; c < row.length; c++) {
                float want = switch (dtype) {
                    case BF16 -> Conversions.bf16ToF32(Conversions.f32ToBf16(expected.get(r, c)));
                    case F16 -> Conversions.f16ToF32(Conversions.f32ToF16(expected.get(r, c)));
                    default -> expected.get(r, c);
                };
                assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(row[c]),
                        view.info().name() + " new row " + r + " column " + c);
            }
        }
    }

    static void assertConfigChangedOnlyInVocabSize(Path base, Path out, int newSize) throws IOException {
        String before = Files.readString(base.resolve("config.json"), StandardCharsets.UTF_8);
        String after = Files.readString(out.resolve("config.json"), StandardCharsets.UTF_8);
        JsonNode b = JSON.readTree(before);
        ((ObjectNode) b).put("vocab_size", newSize);
        assertEquals(b, JSON.readTree(after), "only vocab_size changed");
        int old = JSON.readTree(before).get("vocab_size").asInt();
        assertEquals(before.replace("\"vocab_size\" : " + old, "\"vocab_size\" : " + newSize), after,
                "every other byte kept");
    }

    private static byte[] snapshot(Path folder) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted().toList()) {
                all.writeBytes(p.toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(p)) {
                    all.writeBytes(Files.readAllBytes(p));
                }
            }
        }
        return all.toByteArray();
    }

    private boolean leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().contains(".vwb-"));
        }
    }
}
