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
    /// Like [#CJK_WORD_START], and CJK punctuation (`。，、：（）` …, not `“”` which English shares) may
    /// join the ideographs: `文件。`, `，如果`. Every merged piece still holds a CJK ideograph; a CJK
    /// punctuation character the base covers only by byte fallback becomes a piece of its own. Byte-level
    /// models are mined as with [#CJK_WORD_START].
    CJK_PUNCTUATION,
    /// Any piece inside a word.
    ANY
}
