package org.vwb.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/// Asks for static vectors to be trained on a corpus with word2vec's skip-gram or CBOW
/// ([Workbench#trainVectors]).
///
/// @param corpus     UTF-8 text files, one sentence or paragraph per line
/// @param characters Chinese-style character tokens (each Han character and symbol alone) instead of
///                   white-space tokens
/// @param dim        vector size
/// @param epochs     passes over the corpus
/// @param window     maximal context distance
/// @param negative   negative samples per prediction
/// @param minCount   minimal token count for the vocabulary
/// @param subsample  word2vec's subsampling threshold `t` (0 = off)
/// @param threads    worker threads (1 = deterministic)
/// @param cbow       CBOW instead of skip-gram
/// @param seed       random seed
/// @param out        the `.vec` file to write (atomically)
/// @param tokenizer  a tokenizer (model folder, `tokenizer.model` or `tokenizer.json`) whose ids the
///                   corpus is split into, for token-level vectors (FOCUS-style); `null` for text tokens.
///                   Each line is encoded by the real engine without special tokens, and the vectors are
///                   written under the pieces' own spelling (`▁中文`, `Ġthe`, `##ing`).
public record TrainVectorsRequest(List<Path> corpus, boolean characters, int dim, int epochs, int window, int negative,
        int minCount, double subsample, int threads, boolean cbow, long seed, Path out, Path tokenizer) {

    /// A request for text tokens (no tokenizer).
    public TrainVectorsRequest(List<Path> corpus, boolean characters, int dim, int epochs, int window, int negative,
            int minCount, double subsample, int threads, boolean cbow, long seed, Path out) {
        this(corpus, characters, dim, epochs, window, negative, minCount, subsample, threads, cbow, seed, out, null);
    }

    /// Validates the parts that are not checked by the trainer.
    public TrainVectorsRequest {
        corpus = List.copyOf(corpus);
        Objects.requireNonNull(out, "out");
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("no corpus file given");
        }
        if (tokenizer != null && characters) {
            throw new IllegalArgumentException("--chars and --tokenizer exclude each other: the tokenizer splits the text");
        }
    }
}
