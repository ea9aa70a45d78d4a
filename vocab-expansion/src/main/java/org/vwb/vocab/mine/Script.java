package org.vwb.vocab.mine;

/// Which new pieces mining may propose, by the script of their text.
public enum Script {
    /// Every character of the piece's text is a CJK ideograph (Unicode script Han). Text in other
    /// scripts, spaces and punctuation separate the runs that are mined.
    CJK,
    /// Any piece inside a word.
    ANY
}
