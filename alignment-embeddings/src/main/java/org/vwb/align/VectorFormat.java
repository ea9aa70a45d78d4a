package org.vwb.align;

/// The on-disk formats of static word vectors this module reads.
public enum VectorFormat {
    /// word2vec / fastText text: a `count dim` header line, then `word v1 … vd` per line.
    VEC_TEXT,
    /// GloVe text: no header, `word v1 … vd` per line; `d` comes from the first line.
    GLOVE_TEXT,
    /// word2vec binary: a `count dim` header line, then per word its bytes, a space and `dim`
    /// little-endian float32 values (optionally followed by a newline).
    WORD2VEC_BINARY,
    /// A fastText model (`.bin`) with its character n-gram buckets; vectors for any string.
    FASTTEXT_BIN
}
