package org.vwb.vocab;

/// The shapes of tokenizer users bring.
public enum TokenizerKind {
    /// SentencePiece BPE (`tokenizer.model`, model_type BPE), e.g. Llama 2.
    SENTENCEPIECE_BPE,
    /// SentencePiece unigram (`tokenizer.model`, model_type UNIGRAM), e.g. ALBERT, T5.
    SENTENCEPIECE_UNIGRAM,
    /// HF BPE with a SentencePiece-style metaspace (often with byte fallback), e.g. Mistral.
    HF_BPE,
    /// HF byte-level BPE (GPT-2 byte alphabet), e.g. Llama 3, Qwen.
    HF_BYTE_LEVEL_BPE,
    /// HF unigram.
    HF_UNIGRAM,
    /// HF WordPiece, e.g. BERT and MiniLM.
    HF_WORDPIECE,
    /// HF WordLevel.
    HF_WORDLEVEL
}
