package org.vwb.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/// The parts of a Hugging Face `config.json` this tool relies on.
///
/// Sizes are read under their common aliases (`hidden_size`, GPT-2's `n_embd`, `d_model`, DistilBERT's
/// `dim`); multimodal configs that keep them under `text_config` are read from there.
///
/// @param file              the `config.json` read
/// @param architectures     the `architectures` list (may be empty)
/// @param modelType         `model_type`, when present
/// @param vocabSize         `vocab_size`
/// @param hiddenSize        `hidden_size` (or an alias)
/// @param embeddingSize     width of the token embedding: `embedding_size` (ALBERT) or else `hiddenSize`
/// @param tieWordEmbeddings `tie_word_embeddings` when the config states it
/// @param torchDtype        `torch_dtype` (or the newer `dtype`), when present
/// @param specialTokenIds   `bos_token_id`, `eos_token_id`, `pad_token_id`, … as lists (eos may be a list)
public record ModelConfig(Path file, List<String> architectures, Optional<String> modelType, int vocabSize,
                          int hiddenSize, int embeddingSize, Optional<Boolean> tieWordEmbeddings,
                          Optional<String> torchDtype, Map<String, List<Integer>> specialTokenIds) {

    /// Model types whose transformers config class defaults `tie_word_embeddings` to false; every other
    /// type inherits `PretrainedConfig`'s default of true.
    private static final Set<String> UNTIED_BY_DEFAULT = Set.of("llama", "mistral", "mixtral", "qwen2",
            "qwen2_moe", "qwen3", "qwen3_moe", "phi3", "gptj", "olmo", "olmo2", "stablelm", "starcoder2");

    /// Copies the collections and checks the sizes.
    public ModelConfig {
        Objects.requireNonNull(file, "file");
        architectures = List.copyOf(architectures);
        Objects.requireNonNull(modelType, "modelType");
        Objects.requireNonNull(tieWordEmbeddings, "tieWordEmbeddings");
        Objects.requireNonNull(torchDtype, "torchDtype");
        Map<String, List<Integer>> ids = new LinkedHashMap<>();
        specialTokenIds.forEach((k, v) -> ids.put(k, List.copyOf(v)));
        specialTokenIds = Collections.unmodifiableMap(ids);
        if (vocabSize <= 0 || hiddenSize <= 0 || embeddingSize <= 0) {
            throw new IllegalArgumentException("sizes must be positive: vocab_size " + vocabSize
                    + ", hidden_size " + hiddenSize + ", embedding_size " + embeddingSize);
        }
    }

    /// Reads and validates `config.json`.
    ///
    /// @throws ModelFolderException `NO_CONFIG`, `CONFIG_NOT_JSON`, `CONFIG_FIELD_MISSING` or
    ///         `CONFIG_FIELD_INVALID`, naming the field
    public static ModelConfig read(Path configJson) throws IOException {
        return org.vwb.model.internal.ConfigReader.read(configJson);
    }

    /// Whether the embeddings are tied: the stated value, or the model type's default in transformers
    /// (false for Llama, Mistral, Qwen2, Phi-3…; true for GPT-2, BERT, Gemma and unknown types).
    public boolean tiedByConfig() {
        return tieWordEmbeddings.orElseGet(() -> modelType.map(t -> !UNTIED_BY_DEFAULT.contains(t)).orElse(true));
    }
}
