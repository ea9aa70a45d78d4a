package org.vwb.model;

import java.util.List;

/// Groups of architectures that store their token embedding (and LM head) under the same names.
///
/// The names are without the `.weight` suffix, which every lookup appends.
public enum ArchitectureFamily {
    /// Llama, Mistral, Mixtral, Qwen2/3, Gemma, Phi-3 and similar decoders.
    LLAMA(List.of("model.embed_tokens", "model.language_model.embed_tokens", "language_model.model.embed_tokens"),
            List.of("lm_head", "language_model.lm_head")),
    /// BERT-family encoders (BERT, RoBERTa, ELECTRA, DistilBERT, ALBERT, MiniLM, MPNet).
    BERT(List.of("embeddings.word_embeddings", "bert.embeddings.word_embeddings",
            "roberta.embeddings.word_embeddings", "electra.embeddings.word_embeddings",
            "distilbert.embeddings.word_embeddings", "albert.embeddings.word_embeddings",
            "mpnet.embeddings.word_embeddings", "model.embeddings.word_embeddings"),
            List.of("cls.predictions.decoder", "lm_head.decoder")),
    /// GPT-2 and GPT-Neo.
    GPT2(List.of("wte", "transformer.wte"), List.of("lm_head")),
    /// Not recognised from the config; the embedding is then found by name pattern.
    UNKNOWN(List.of(), List.of("lm_head"));

    private final List<String> embeddingNames;
    private final List<String> headNames;

    ArchitectureFamily(List<String> embeddingNames, List<String> headNames) {
        this.embeddingNames = embeddingNames;
        this.headNames = headNames;
    }

    /// Candidate names of the input embedding, most common first, without `.weight`.
    public List<String> embeddingNames() {
        return embeddingNames;
    }

    /// Candidate names of the LM head, without `.weight`.
    public List<String> headNames() {
        return headNames;
    }

    /// Whether models of this family are encoders, which have no LM head unless trained for masked LM.
    public boolean isEncoder() {
        return this == BERT;
    }
}
