package org.vwb.model.internal;

import java.util.List;
import java.util.Map;

import org.vwb.model.ArchitectureFamily;
import org.vwb.model.ModelConfig;

/// Decides a config's [ArchitectureFamily]: `model_type` first, then the `architectures` class names.
public final class Families {

    private static final Map<String, ArchitectureFamily> BY_MODEL_TYPE = Map.ofEntries(
            Map.entry("llama", ArchitectureFamily.LLAMA), Map.entry("mistral", ArchitectureFamily.LLAMA),
            Map.entry("mixtral", ArchitectureFamily.LLAMA), Map.entry("qwen2", ArchitectureFamily.LLAMA),
            Map.entry("qwen2_moe", ArchitectureFamily.LLAMA), Map.entry("qwen3", ArchitectureFamily.LLAMA),
            Map.entry("qwen3_moe", ArchitectureFamily.LLAMA), Map.entry("gemma", ArchitectureFamily.LLAMA),
            Map.entry("gemma2", ArchitectureFamily.LLAMA), Map.entry("gemma3", ArchitectureFamily.LLAMA),
            Map.entry("gemma3_text", ArchitectureFamily.LLAMA), Map.entry("phi3", ArchitectureFamily.LLAMA),
            Map.entry("olmo", ArchitectureFamily.LLAMA), Map.entry("olmo2", ArchitectureFamily.LLAMA),
            Map.entry("stablelm", ArchitectureFamily.LLAMA), Map.entry("starcoder2", ArchitectureFamily.LLAMA),
            Map.entry("granite", ArchitectureFamily.LLAMA),
            Map.entry("bert", ArchitectureFamily.BERT), Map.entry("roberta", ArchitectureFamily.BERT),
            Map.entry("xlm-roberta", ArchitectureFamily.BERT), Map.entry("camembert", ArchitectureFamily.BERT),
            Map.entry("electra", ArchitectureFamily.BERT), Map.entry("distilbert", ArchitectureFamily.BERT),
            Map.entry("albert", ArchitectureFamily.BERT), Map.entry("mpnet", ArchitectureFamily.BERT),
            Map.entry("gpt2", ArchitectureFamily.GPT2), Map.entry("gpt_neo", ArchitectureFamily.GPT2),
            Map.entry("gptj", ArchitectureFamily.GPT2));

    // Class-name prefixes, longest first where one is a prefix of another (XLMRoberta before Roberta).
    private static final List<Map.Entry<String, ArchitectureFamily>> BY_CLASS_PREFIX = List.of(
            Map.entry("Llama", ArchitectureFamily.LLAMA), Map.entry("Mistral", ArchitectureFamily.LLAMA),
            Map.entry("Mixtral", ArchitectureFamily.LLAMA), Map.entry("Qwen", ArchitectureFamily.LLAMA),
            Map.entry("Gemma", ArchitectureFamily.LLAMA), Map.entry("Phi3", ArchitectureFamily.LLAMA),
            Map.entry("XLMRoberta", ArchitectureFamily.BERT), Map.entry("Roberta", ArchitectureFamily.BERT),
            Map.entry("Bert", ArchitectureFamily.BERT), Map.entry("DistilBert", ArchitectureFamily.BERT),
            Map.entry("Electra", ArchitectureFamily.BERT), Map.entry("Albert", ArchitectureFamily.BERT),
            Map.entry("MPNet", ArchitectureFamily.BERT),
            Map.entry("GPT2", ArchitectureFamily.GPT2), Map.entry("GPTNeo", ArchitectureFamily.GPT2),
            Map.entry("GPTJ", ArchitectureFamily.GPT2));

    private Families() {
    }

    /// The family `config` declares, or [ArchitectureFamily#UNKNOWN].
    public static ArchitectureFamily of(ModelConfig config) {
        ArchitectureFamily byType = config.modelType().map(BY_MODEL_TYPE::get).orElse(null);
        if (byType != null) {
            return byType;
        }
        for (String arch : config.architectures()) {
            for (Map.Entry<String, ArchitectureFamily> e : BY_CLASS_PREFIX) {
                if (arch.startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return ArchitectureFamily.UNKNOWN;
    }
}
