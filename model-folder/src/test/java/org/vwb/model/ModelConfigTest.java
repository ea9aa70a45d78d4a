package org.vwb.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelConfigTest {

    @TempDir
    Path dir;

    private ModelConfig read(String json) throws IOException {
        Path f = dir.resolve("config.json");
        Files.writeString(f, json);
        return ModelConfig.read(f);
    }

    private ModelFolderException reject(String json) {
        return assertThrows(ModelFolderException.class, () -> read(json));
    }

    @Test
    void readsLlamaFields() throws IOException {
        ModelConfig c = read("""
                {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 32000,
                 "hidden_size": 4096, "torch_dtype": "float16", "bos_token_id": 1, "eos_token_id": [2, 3]}""");
        assertEquals(List.of("LlamaForCausalLM"), c.architectures());
        assertEquals(Optional.of("llama"), c.modelType());
        assertEquals(32000, c.vocabSize());
        assertEquals(4096, c.hiddenSize());
        assertEquals(4096, c.embeddingSize());
        assertEquals(Optional.of("float16"), c.torchDtype());
        assertEquals(Map.of("bos_token_id", List.of(1), "eos_token_id", List.of(2, 3)), c.specialTokenIds());
        assertFalse(c.tiedByConfig(), "Llama's config class defaults tie_word_embeddings to false");
    }

    @Test
    void readsGpt2AliasesAndDefaultsToTied() throws IOException {
        ModelConfig c = read("""
                {"model_type": "gpt2", "vocab_size": 50257, "n_embd": 768}""");
        assertEquals(768, c.hiddenSize());
        assertTrue(c.tiedByConfig());
    }

    @Test
    void readsAlbertEmbeddingSize() throws IOException {
        ModelConfig c = read("""
                {"model_type": "albert", "vocab_size": 30000, "hidden_size": 768, "embedding_size": 128}""");
        assertEquals(128, c.embeddingSize());
    }

    @Test
    void readsSizesFromTextConfigOfMultimodalWrappers() throws IOException {
        ModelConfig c = read("""
                {"model_type": "gemma3", "text_config": {"vocab_size": 262208, "hidden_size": 2560}, "dtype": "bfloat16"}""");
        assertEquals(262208, c.vocabSize());
        assertEquals(Optional.of("bfloat16"), c.torchDtype());
        assertTrue(c.tiedByConfig(), "Gemma ties by default");
    }

    @Test
    void statedTieOverridesTheDefault() throws IOException {
        assertTrue(read("""
                {"model_type": "llama", "vocab_size": 8, "hidden_size": 4, "tie_word_embeddings": true}""")
                .tiedByConfig());
    }

    @Test
    void rejectsMissingFile() {
        ModelFolderException e = assertThrows(ModelFolderException.class,
                () -> ModelConfig.read(dir.resolve("config.json")));
        assertEquals(ModelFolderException.Reason.NO_CONFIG, e.reason());
        assertTrue(e.getMessage().contains("config.json"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"vocab_size": 8,                                              | CONFIG_NOT_JSON
            [1, 2]                                                         | CONFIG_NOT_JSON
            {"vocab_size": 8, "vocab_size": 9, "hidden_size": 4}           | CONFIG_NOT_JSON
            {"hidden_size": 4}                                             | CONFIG_FIELD_MISSING
            {"vocab_size": 8}                                              | CONFIG_FIELD_MISSING
            {"vocab_size": "8", "hidden_size": 4}                          | CONFIG_FIELD_INVALID
            {"vocab_size": 8.5, "hidden_size": 4}                          | CONFIG_FIELD_INVALID
            {"vocab_size": 0, "hidden_size": 4}                            | CONFIG_FIELD_INVALID
            {"vocab_size": 8, "hidden_size": 4, "tie_word_embeddings": 1}  | CONFIG_FIELD_INVALID
            {"vocab_size": 8, "hidden_size": 4, "architectures": "Llama"}  | CONFIG_FIELD_INVALID
            {"vocab_size": 8, "hidden_size": 4, "eos_token_id": -1}        | CONFIG_FIELD_INVALID
            """)
    void rejectsBadConfigWithReason(String json, ModelFolderException.Reason reason) {
        assertEquals(reason, reject(json).reason());
    }

    @Test
    void missingFieldMessageNamesFieldAndAliases() {
        String m = reject("{\"vocab_size\": 8}").getMessage();
        assertTrue(m.contains("config.json") && m.contains("'hidden_size'") && m.contains("n_embd"), m);
    }
}
