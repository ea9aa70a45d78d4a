package org.vwb.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.TensorInfo;
import org.vwb.vocab.TokenizerKind;
import org.vwb.vocab.Vocabulary;

class SamplesTest {

    @TempDir
    Path dir;

    @Test
    void listNamesEverySampleAndMarksOnlyMiniLmAsReal() {
        assertEquals(List.of("tiny-llama-tied-f32", "tiny-llama-untied-bf16", "tiny-llama-untied-f16",
                "tiny-llama-sharded-bf16", "minilm-l6"), Samples.list().stream().map(SampleInfo::name).toList());
        assertTrue(Samples.syntheticSpec("minilm-l6").isEmpty());
        assertEquals(List.of("minilm-l6"), Samples.list().stream().filter(s -> !s.synthetic()).map(SampleInfo::name).toList());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            tiny-llama-tied-f32,     F32,  true,  1
            tiny-llama-untied-bf16,  BF16, false, 1
            tiny-llama-untied-f16,   F16,  false, 1
            tiny-llama-sharded-bf16, BF16, false, 2
            """)
    void syntheticSamplesOpenWithTheAdvertisedLayout(String name, DType dtype, boolean tied, int shards) throws IOException {
        Path out = dir.resolve(name);
        Samples.write(name, out);
        try (Checkpoint cp = Checkpoint.open(out)) {
            assertEquals(shards, cp.shards().size());
            assertEquals(!tied, cp.find("lm_head.weight").isPresent());
            for (TensorInfo t : cp.tensors()) {
                assertEquals(dtype, t.dtype(), t.name());
            }
        }
        JsonNode config = new ObjectMapper().readTree(out.resolve("config.json").toFile());
        assertEquals(tied, config.get("tie_word_embeddings").asBoolean());
        assertEquals(Samples.syntheticSpec(name).orElseThrow().vocabSize(), config.get("vocab_size").asInt());
        assertTrue(config.get("_vwb_synthetic").asBoolean());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Samples.write("gpt-5", dir.resolve("x")));
        assertTrue(e.getMessage().contains("tiny-llama-tied-f32") && e.getMessage().contains("minilm-l6"), e.getMessage());
    }

    @Test
    void miniLmIsTheRealEncoderWithItsWordPieceTokenizer() throws IOException {
        Path out = dir.resolve("minilm");
        Samples.write("minilm-l6", out);
        Vocabulary vocab = Vocabulary.readTokenizerJson(out.resolve("tokenizer.json"));
        assertEquals(TokenizerKind.HF_WORDPIECE, vocab.kind());
        assertEquals(30522, vocab.size());
        try (Checkpoint cp = Checkpoint.open(out)) {
            TensorInfo words = cp.find("embeddings.word_embeddings.weight").orElseThrow();
            assertArrayEquals(new long[] {30522, 384}, words.shape());
            assertEquals(DType.F32, words.dtype());
            assertEquals("false", cp.header(cp.shards().getFirst()).metadata().get("vwb.synthetic"));
            var embed = cp.tensor("embeddings.word_embeddings.weight");
            int king = vocab.idOf("king").orElseThrow();
            double queen = SyntheticModelsTest.cosine(embed, king, vocab.idOf("queen").orElseThrow());
            double table = SyntheticModelsTest.cosine(embed, king, vocab.idOf("table").orElseThrow());
            assertTrue(queen > table + 0.1, "king~queen " + queen + " vs king~table " + table);
        }
        JsonNode config = new ObjectMapper().readTree(out.resolve("config.json").toFile());
        assertEquals("BertModel", config.get("architectures").get(0).asText());
        assertEquals(30522, config.get("vocab_size").asInt());
        assertEquals(384, config.get("hidden_size").asInt());
        assertEquals(6, config.get("num_hidden_layers").asInt());
        assertTrue(config.get("_vwb_encoder_only").asBoolean());
        assertFalse(config.get("_vwb_synthetic").asBoolean());
    }
}
