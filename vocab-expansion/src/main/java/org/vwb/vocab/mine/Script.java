package org.vwb.vocab.mine;

/// Which new pieces mining may propose, by the script of their text.
public enum Script {
    /// Every character of the piece's text is a CJK ideograph (Unicode script Han). Text in other
    /// scripts, spaces and punctuation separate the runs that are mined.
    CJK,
    /// Like [#CJK], and a piece may also start with the word-start space (`▁` in SentencePiece and
    /// Metaspace models, `Ġ` in byte-level BPE): `▁中文` as well as `中文`. Every new piece still holds a
    /// CJK ideograph, so text without one (English) encodes as before; what it adds is that the space
    /// before a Chinese run (each line start, each switch back from Latin) no longer costs a token.
    CJK_WORD_START,
    /// Any piece inside a word.
    ANY
}
