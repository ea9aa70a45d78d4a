package org.vwb.model.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedSet;

import org.vwb.model.ArchitectureFamily;
import org.vwb.model.EmbeddingLayout;
import org.vwb.model.HeadKind;
import org.vwb.model.ModelConfig;
import org.vwb.model.ModelFolderException;
import org.vwb.model.ModelFolderException.Reason;
import org.vwb.model.ModelWarning;
import org.vwb.safetensors.TensorInfo;

/// Finds the input embedding and the LM head among a checkpoint's tensor names. Pure: no file access.
///
/// Order: the names of the config's family; then every other family's names; then a unique tensor whose
/// name ends in one of [#SUFFIXES] (a prefixed or unknown architecture).
public final class EmbeddingDetector {

    /// Name endings that identify a token embedding when the architecture is unknown.
    static final List<String> SUFFIXES = List.of(".embed_tokens.weight", ".word_embeddings.weight", ".wte.weight");
    private static final List<ArchitectureFamily> KNOWN = List.of(ArchitectureFamily.LLAMA,
            ArchitectureFamily.BERT, ArchitectureFamily.GPT2);

    /// The layout found and the warnings that came up while looking.
    public record Detection(EmbeddingLayout layout, List<ModelWarning> warnings) {
        /// Copies the list.
        public Detection {
            warnings = List.copyOf(warnings);
        }
    }

    private EmbeddingDetector() {
    }

    /// Detects the layout of `tensors` (by name) for `config`; `weights` names the weights in errors.
    public static Detection detect(ModelConfig config, Map<String, TensorInfo> tensors, Path weights)
            throws ModelFolderException {
        ArchitectureFamily declared = Families.of(config);
        List<ModelWarning> warnings = new ArrayList<>();
        Match byName = byFamilyNames(declared, tensors);
        Match match = byName != null ? byName : bySuffix(tensors, weights);
        if (match == null) {
            throw notFound(declared, weights);
        }
        if (match.family != declared) {
            warnings.add(new ModelWarning(ModelWarning.Code.ARCHITECTURE_GUESSED, "architecture "
                    + describe(config) + " is not one this tool knows; took '" + match.tensor.name()
                    + "' as the token embedding (" + match.family.name().toLowerCase() + "-style names)"));
        }
        Optional<TensorInfo> head = match.family.headNames().stream()
                .map(n -> tensors.get(n + ".weight")).filter(t -> t != null && t != match.tensor).findFirst();
        HeadKind kind = headKind(config, match, head, warnings, weights);
        return new Detection(new EmbeddingLayout(match.family, match.tensor, kind, head), warnings);
    }

    private record Match(ArchitectureFamily family, TensorInfo tensor) {
    }

    private static Match byFamilyNames(ArchitectureFamily declared, Map<String, TensorInfo> tensors) {
        SequencedSet<ArchitectureFamily> order = new LinkedHashSet<>();
        order.add(declared);
        order.addAll(KNOWN);
        for (ArchitectureFamily f : order) {
            for (String n : f.embeddingNames()) {
                TensorInfo t = tensors.get(n + ".weight");
                if (t != null) {
                    return new Match(f, t);
                }
            }
        }
        return null;
    }

    private static Match bySuffix(Map<String, TensorInfo> tensors, Path weights) throws ModelFolderException {
        List<TensorInfo> hits = tensors.values().stream()
                .filter(t -> SUFFIXES.stream().anyMatch(s -> t.name().endsWith(s))).toList();
        if (hits.size() > 1) {
            throw new ModelFolderException(Reason.EMBEDDING_NOT_FOUND, weights, "several tensors look like a token"
                    + " embedding (" + String.join(", ", hits.stream().map(TensorInfo::name).toList())
                    + "); cannot tell which one the model uses");
        }
        if (hits.isEmpty()) {
            return null;
        }
        TensorInfo t = hits.getFirst();
        ArchitectureFamily f = t.name().endsWith(".embed_tokens.weight") ? ArchitectureFamily.LLAMA
                : t.name().endsWith(".wte.weight") ? ArchitectureFamily.GPT2 : ArchitectureFamily.BERT;
        return new Match(f, t);
    }

    private static HeadKind headKind(ModelConfig config, Match match, Optional<TensorInfo> head,
                                     List<ModelWarning> warnings, Path weights) throws ModelFolderException {
        boolean tied = config.tiedByConfig();
        if (head.isPresent()) {
            TensorInfo h = head.get();
            if (!Arrays.equals(h.shape(), match.tensor.shape())) {
                throw new ModelFolderException(Reason.HEAD_SHAPE_MISMATCH, weights, "LM head '" + h.name()
                        + "' has shape " + Arrays.toString(h.shape()) + " but the embedding '"
                        + match.tensor.name() + "' has " + Arrays.toString(match.tensor.shape())
                        + "; an untied head must have the embedding's shape");
            }
            if (tied) {
                warnings.add(new ModelWarning(ModelWarning.Code.HEAD_STORED_BUT_TIED, config.file()
                        + ": tie_word_embeddings is " + tieSource(config) + " but '" + h.name()
                        + "' is stored; transformers replaces it with the embedding on load"));
            }
            return HeadKind.UNTIED;
        }
        if (match.family.isEncoder()) {
            boolean maskedLm = config.architectures().stream()
                    .anyMatch(a -> a.endsWith("ForMaskedLM") || a.endsWith("ForPreTraining"));
            return maskedLm ? HeadKind.TIED : HeadKind.NONE;
        }
        if (!tied) {
            warnings.add(new ModelWarning(ModelWarning.Code.HEAD_MISSING_BUT_UNTIED, config.file()
                    + ": tie_word_embeddings is " + tieSource(config) + " but no LM head ("
                    + String.join(", ", match.family.headNames().stream().map(n -> n + ".weight").toList())
                    + ") is stored; treating the head as tied to '" + match.tensor.name() + "'"));
        }
        return HeadKind.TIED;
    }

    private static String tieSource(ModelConfig config) {
        return config.tieWordEmbeddings().map(String::valueOf)
                .orElse(config.tiedByConfig() + " (default for model_type " + config.modelType().orElse("?") + ")");
    }

    private static String describe(ModelConfig config) {
        return config.modelType().map(t -> "model_type '" + t + "'")
                .orElse(config.architectures().isEmpty() ? "(none given)" : String.valueOf(config.architectures()));
    }

    private static ModelFolderException notFound(ArchitectureFamily declared, Path weights) {
        SequencedSet<String> looked = new LinkedHashSet<>();
        for (ArchitectureFamily f : List.of(declared, ArchitectureFamily.LLAMA, ArchitectureFamily.BERT,
                ArchitectureFamily.GPT2)) {
            f.embeddingNames().forEach(n -> looked.add(n + ".weight"));
        }
        return new ModelFolderException(Reason.EMBEDDING_NOT_FOUND, weights, "no token embedding tensor; looked for "
                + String.join(", ", looked) + " and names ending in " + String.join(", ", SUFFIXES));
    }
}
