package org.vwb.samples;

import java.io.IOException;
import java.nio.file.Path;

/// Generates synthetic Llama-style model folders: `config.json`, safetensors with Llama tensor names
/// (single file or sharded with an index), SentencePiece `tokenizer.model` and the matching
/// `tokenizer.json`, `tokenizer_config.json`, `special_tokens_map.json` and `generation_config.json`.
///
/// Everything is labelled synthetic (`"_vwb_synthetic": true` in the JSON files, `vwb.synthetic = true`
/// in the safetensors metadata). The weights are random but structured: an embedding row is a low-rank
/// function of the characters its piece is spelled with, plus noise, so rows of related pieces are
/// correlated and initialization methods have something to find.
public final class SyntheticModels {
    private SyntheticModels() {
    }

    /// Writes the model `spec` describes as a new folder `dir` (atomically; `dir` must not exist).
    ///
    /// @throws java.nio.file.FileAlreadyExistsException when `dir` exists
    /// @throws IllegalArgumentException when the vocabulary size is outside what the tokenizer offers
    public static void write(SyntheticModelSpec spec, Path dir) throws IOException {
        org.vwb.samples.internal.SyntheticCheckpointWriter.write(spec, dir);
    }

    /// The smallest vocabulary size the synthetic tokenizer supports (reserved ids plus its characters).
    public static int minimumVocabSize() {
        return org.vwb.samples.internal.SyntheticTokenizer.minimumVocabSize();
    }
}
