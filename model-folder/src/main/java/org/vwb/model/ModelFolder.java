package org.vwb.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.vwb.safetensors.TensorInfo;
import org.vwb.vocab.Vocabulary;

/// A checked view of a Hugging Face model folder, built from `config.json`, the safetensors headers and
/// the names of the tokenizer files. Opening reads no tensor data, so it is fast on any model size.
///
/// @param folder         the folder
/// @param config         the parsed `config.json`
/// @param shards         the safetensors files, relative to `folder`, in index order
/// @param tensors        every tensor's header entry, shard by shard
/// @param layout         where the embedding and LM head are
/// @param tokenizerFiles the tokenizer files present
/// @param warnings       findings from opening (architecture, head, config versus shapes)
public record ModelFolder(Path folder, ModelConfig config, List<Path> shards, List<TensorInfo> tensors,
                          EmbeddingLayout layout, TokenizerFiles tokenizerFiles, List<ModelWarning> warnings) {

    /// Copies the lists.
    public ModelFolder {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(config, "config");
        shards = List.copyOf(shards);
        tensors = List.copyOf(tensors);
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(tokenizerFiles, "tokenizerFiles");
        warnings = List.copyOf(warnings);
    }

    /// Opens `folder`: reads `config.json` and the safetensors headers, finds the embedding and LM head,
    /// and checks them against the config.
    ///
    /// @throws ModelFolderException for a folder that is not a usable model (message names file and field)
    /// @throws org.vwb.safetensors.SafetensorsFormatException for a bad safetensors file or index
    public static ModelFolder open(Path folder) throws IOException {
        return org.vwb.model.internal.FolderReader.open(folder);
    }

    /// Reads the vocabulary from `tokenizer.json`, or else the SentencePiece model; empty when neither exists.
    ///
    /// @throws org.vwb.vocab.TokenizerFormatException when the tokenizer file is malformed
    public Optional<Vocabulary> readVocabulary() throws IOException {
        Optional<Path> source = tokenizerFiles.vocabularySource();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Path file = source.get();
        return Optional.of(file.getFileName().toString().endsWith(".json")
                ? Vocabulary.readTokenizerJson(file) : Vocabulary.readSentencePiece(file));
    }

    /// Sum of all tensors' element counts.
    public long parameterCount() {
        return tensors.stream().mapToLong(TensorInfo::elementCount).sum();
    }

    /// Sum of all tensors' byte lengths (the data sections, without headers).
    public long tensorBytes() {
        return tensors.stream().mapToLong(TensorInfo::byteLength).sum();
    }
}
