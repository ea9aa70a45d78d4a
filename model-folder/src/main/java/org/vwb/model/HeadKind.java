package org.vwb.model;

/// How the model maps hidden states back to token logits.
public enum HeadKind {
    /// The LM head reuses the input embedding matrix (no separate tensor is used).
    TIED,
    /// A separate LM head tensor of the embedding's shape.
    UNTIED,
    /// No LM head at all: an encoder such as BERT or MiniLM used for embeddings.
    NONE
}
