package org.vwb.vocab;

/// What a vocabulary entry is, in SentencePiece's terms (HF entries are mapped onto the same kinds).
public enum TokenKind {
    /// An ordinary piece produced by the model.
    NORMAL,
    /// The unknown token.
    UNKNOWN,
    /// A control token (`<s>`, `</s>`, special tokens), never produced from text.
    CONTROL,
    /// A user-defined piece, always matched as a whole.
    USER_DEFINED,
    /// A byte-fallback piece `<0xNN>`.
    BYTE,
    /// A piece marked unused.
    UNUSED,
    /// An entry of HF `added_tokens` that is not part of the model's vocabulary.
    ADDED
}
