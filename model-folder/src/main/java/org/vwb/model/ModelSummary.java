package org.vwb.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.vwb.model.internal.TokenizerChecks;
import org.vwb.safetensors.TensorInfo;
import org.vwb.vocab.Vocabulary;

/// Everything `vwb inspect` reports about a model folder. Built from headers and tokenizer files only.
///
/// @param folder            the folder
/// @param architectures     `config.json` `architectures`
/// @param modelType         `config.json` `model_type`, when present
/// @param family            the family the embedding names were matched for
/// @param torchDtype        `config.json` `torch_dtype`, when present
/// @param tensorDtypes      number of tensors per stored dtype, by dtype name
/// @param parameterCount    sum of all tensors' element counts
/// @param tensorBytes       sum of all tensors' byte lengths
/// @param shards            safetensors files, relative to the folder
/// @param vocabSize         `config.json` `vocab_size`
/// @param hiddenSize        `config.json` `hidden_size`
/// @param embedding         the input embedding
/// @param headKind          tied, untied or none
/// @param head              the separate LM head, when untied
/// @param tokenizerFiles    tokenizer files present
/// @param vocabulary        the vocabulary read, when a readable tokenizer file exists
/// @param specialTokenIds   special token ids from `config.json`
/// @param cjk               CJK coverage of the vocabulary, when there is one
/// @param warnings          every warning, from opening the folder and from the tokenizer checks
public record ModelSummary(Path folder, List<String> architectures, Optional<String> modelType,
                           ArchitectureFamily family, Optional<String> torchDtype, Map<String, Integer> tensorDtypes,
                           long parameterCount, long tensorBytes, List<String> shards, int vocabSize,
                           int hiddenSize, TensorSummary embedding, HeadKind headKind, Optional<TensorSummary> head,
                           List<String> tokenizerFiles, Optional<VocabularySummary> vocabulary,
                           Map<String, List<Integer>> specialTokenIds, Optional<CjkCoverage> cjk,
                           List<ModelWarning> warnings) {

    /// Copies the collections.
    public ModelSummary {
        Objects.requireNonNull(folder, "folder");
        architectures = List.copyOf(architectures);
        tensorDtypes = Collections.unmodifiableMap(new TreeMap<>(tensorDtypes));
        shards = List.copyOf(shards);
        tokenizerFiles = List.copyOf(tokenizerFiles);
        specialTokenIds = Map.copyOf(specialTokenIds);
        warnings = List.copyOf(warnings);
    }

    /// Summarises `model` with its `vocabulary` (empty when the folder has no readable tokenizer).
    ///
    /// @throws ModelFolderException `TOKENIZER_EXCEEDS_EMBEDDING` when the tokenizer has more ids than
    ///         the embedding has rows
    public static ModelSummary of(ModelFolder model, Optional<Vocabulary> vocabulary) throws ModelFolderException {
        List<ModelWarning> warnings = new ArrayList<>(model.warnings());
        warnings.addAll(TokenizerChecks.check(model, vocabulary));
        Map<String, Integer> dtypes = new TreeMap<>();
        for (TensorInfo t : model.tensors()) {
            dtypes.merge(t.dtype().wireName(), 1, Integer::sum);
        }
        ModelConfig c = model.config();
        EmbeddingLayout l = model.layout();
        Optional<VocabularySummary> vocab = vocabulary.map(v -> new VocabularySummary(
                model.tokenizerFiles().vocabularySource().orElseThrow().getFileName().toString(),
                v.kind(), v.size(), v.byteFallback()));
        return new ModelSummary(model.folder(), c.architectures(), c.modelType(), l.family(), c.torchDtype(), dtypes,
                model.parameterCount(), model.tensorBytes(), model.shards().stream().map(Path::toString).toList(),
                c.vocabSize(), c.hiddenSize(), TensorSummary.of(l.embedding()), l.headKind(),
                l.head().map(TensorSummary::of), model.tokenizerFiles().present(), vocab, c.specialTokenIds(),
                vocabulary.map(CjkCoverage::of), warnings);
    }
}
