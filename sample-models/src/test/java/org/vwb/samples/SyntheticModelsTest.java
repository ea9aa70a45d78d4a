package org.vwb.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.ShardIndex;
import org.vwb.safetensors.TensorInfo;
import org.vwb.safetensors.TensorView;
import org.vwb.vocab.Token;
import org.vwb.vocab.Vocabulary;

class SyntheticModelsTest {

    @TempDir
    Path dir;

    static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    static Set<String> expectedNames(int layers, boolean tied) {
        Set<String> names = new TreeSet<>(List.of("model.embed_tokens.weight", "model.norm.weight"));
        for (int l = 0; l < layers; l++) {
            for (String s : List.of("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj",
                    "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj", "input_layernorm", "post_attention_layernorm")) {
                names.add("model.layers." + l + "." + s + ".weight");
            }
        }
        if (!tied) {
            names.add("lm_head.weight");
        }
        return names;
    }

    @Test
    void tiedF32FolderHasLlamaTensorsConfigAndTokenizers() throws IOException {
        SyntheticModelSpec spec = SyntheticModelSpec.defaults();
        Path out = dir.resolve("m");
        SyntheticModels.write(spec, out);
        for (String f : List.of("config.json", "model.safetensors", "tokenizer.model", "tokenizer.json",
                "tokenizer_config.json", "special_tokens_map.json", "generation_config.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        try (Checkpoint cp = Checkpoint.open(out)) {
            assertEquals(expectedNames(2, true), cp.tensors().stream().map(TensorInfo::name).collect(Collectors.toCollection(TreeSet::new)));
            TensorInfo embed = cp.find("model.embed_tokens.weight").orElseThrow();
            assertArrayEquals(new long[] {1000, 64}, embed.shape());
            assertEquals(DType.F32, embed.dtype());
            assertArrayEquals(new long[] {32, 64}, cp.find("model.layers.1.self_attn.k_proj.weight").orElseThrow().shape());
            assertArrayEquals(new long[] {64, 128}, cp.find("model.layers.0.mlp.down_proj.weight").orElseThrow().shape());
            assertArrayEquals(new long[] {64}, cp.find("model.norm.weight").orElseThrow().shape());
            var meta = cp.header(cp.shards().getFirst()).metadata();
            assertEquals("true", meta.get("vwb.synthetic"));
            assertEquals("42", meta.get("vwb.seed"));
        }
        JsonNode config = json(out.resolve("config.json"));
        assertEquals("LlamaForCausalLM", config.get("architectures").get(0).asText());
        assertEquals("llama", config.get("model_type").asText());
        assertEquals(1000, config.get("vocab_size").asInt());
        assertTrue(config.get("tie_word_embeddings").asBoolean());
        assertEquals("float32", config.get("torch_dtype").asText());
        assertEquals(2, config.get("num_key_value_heads").asInt());
        assertTrue(config.get("_vwb_synthetic").asBoolean());
        assertEquals(1000, Vocabulary.readSentencePiece(out.resolve("tokenizer.model")).size());
        assertEquals(1000, Vocabulary.readTokenizerJson(out.resolve("tokenizer.json")).size());
    }

    @Test
    void untiedBf16HasAnLmHeadInBf16() throws IOException {
        Path out = dir.resolve("m");
        SyntheticModels.write(SyntheticModelSpec.defaults().withTied(false).withDtype(DType.BF16).withVocabSize(600), out);
        try (Checkpoint cp = Checkpoint.open(out)) {
            assertEquals(expectedNames(2, false), cp.tensors().stream().map(TensorInfo::name).collect(Collectors.toCollection(TreeSet::new)));
            TensorInfo head = cp.find("lm_head.weight").orElseThrow();
            assertArrayEquals(new long[] {600, 64}, head.shape());
            assertEquals(DType.BF16, head.dtype());
        }
        JsonNode config = json(out.resolve("config.json"));
        assertFalse(config.get("tie_word_embeddings").asBoolean());
        assertEquals("bfloat16", config.get("torch_dtype").asText());
        assertEquals(600, config.get("vocab_size").asInt());
    }

    @Test
    void shardedModelHasAnIndexCoveringEveryTensor() throws IOException {
        Path out = dir.resolve("m");
        SyntheticModels.write(SyntheticModelSpec.defaults().withTied(false).withDtype(DType.BF16).withShards(2), out);
        assertFalse(Files.exists(out.resolve("model.safetensors")));
        ShardIndex index = ShardIndex.read(out.resolve(ShardIndex.FILE_NAME));
        assertEquals(expectedNames(2, false), new TreeSet<>(index.weightMap().keySet()));
        assertEquals(Set.of("model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"),
                Set.copyOf(index.weightMap().values()));
        try (Checkpoint cp = Checkpoint.open(out)) {
            assertEquals(2, cp.shards().size());
            assertEquals(cp.totalTensorBytes(), index.totalSize());
            for (var e : index.weightMap().entrySet()) {
                assertEquals(e.getValue(), cp.shardOf(e.getKey()).getFileName().toString());
            }
        }
    }

    @Test
    void sameSpecGivesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
        SyntheticModelSpec spec = SyntheticModelSpec.defaults().withDtype(DType.F16).withTied(false);
        SyntheticModels.write(spec, dir.resolve("a"));
        SyntheticModels.write(spec, dir.resolve("b"));
        SyntheticModels.write(spec.withSeed(7), dir.resolve("c"));
        for (String f : List.of("model.safetensors", "tokenizer.model", "tokenizer.json", "config.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a/model.safetensors")),
                Files.readAllBytes(dir.resolve("c/model.safetensors"))));
    }

    /// Rows of `▁x` and `x` (the same letters) must be more alike than rows of unrelated pieces.
    @Test
    void embeddingRowsOfRelatedPiecesAreCorrelated() throws IOException {
        Path out = dir.resolve("m");
        SyntheticModels.write(SyntheticModelSpec.defaults(), out);
        Vocabulary vocab = Vocabulary.readSentencePiece(out.resolve("tokenizer.model"));
        try (Checkpoint cp = Checkpoint.open(out)) {
            TensorView embed = cp.tensor("model.embed_tokens.weight");
            List<Double> related = new ArrayList<>();
            List<Double> unrelated = new ArrayList<>();
            List<Token> normal = vocab.tokens().stream().filter(t -> t.id() >= 259).toList();
            for (Token t : normal) {
                if (t.piece().startsWith("▁") && t.piece().length() > 2) {
                    vocab.idOf(t.piece().substring(1)).ifPresent(id -> related.add(cosine(embed, t.id(), id)));
                }
            }
            for (int i = 0; i + 1 < normal.size(); i += 7) {
                unrelated.add(cosine(embed, normal.get(i).id(), normal.get(normal.size() - 1 - i).id()));
            }
            double r = related.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double u = unrelated.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertTrue(related.size() >= 20, "pairs found: " + related.size());
            assertTrue(r > u + 0.3, "related " + r + " vs unrelated " + u);
        }
    }

    static double cosine(TensorView v, long a, long b) {
        float[] x = new float[(int) v.columns()];
        float[] y = new float[x.length];
        v.readRow(a, x);
        v.readRow(b, y);
        double d = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
            d += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return d / Math.sqrt(nx * ny);
    }

    @Test
    void writeRefusesAnExistingFolder() throws IOException {
        Path out = Files.createDirectories(dir.resolve("m"));
        assertThrows(FileAlreadyExistsException.class, () -> SyntheticModels.write(SyntheticModelSpec.defaults(), out));
    }

    @Test
    void specRejectsShapesThatDoNotFit() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticModelSpec.defaults().withShape(65, 2, 128, 4, 2));
        assertThrows(IllegalArgumentException.class, () -> SyntheticModelSpec.defaults().withShape(64, 2, 128, 4, 3));
        assertThrows(IllegalArgumentException.class, () -> SyntheticModelSpec.defaults().withDtype(DType.I8));
        assertThrows(IllegalArgumentException.class, () -> SyntheticModelSpec.defaults().withShards(0));
    }
}
