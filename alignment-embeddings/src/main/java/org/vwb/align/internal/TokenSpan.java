package org.vwb.align.internal;

/// A token string split into its text and whether it starts a word, by the marker rule of
/// [org.vwb.align.TokenVectors]: `▁` / `Ġ` first means a word start.
///
/// @param text      the token without the marker (stripped of white space when unmarked)
/// @param wordStart whether the token starts a word (always true when markers are not used)
/// @param key       the lookup key: `▁text` for a word start, `text` otherwise (and when unmarked)
public record TokenSpan(String text, boolean wordStart, String key) {
    /// SentencePiece's word-start marker (U+2581).
    public static final char SP_MARKER = '\u2581';
    /// GPT-2 byte-level BPE's marker for a leading space (U+0120).
    public static final char BYTE_LEVEL_MARKER = '\u0120';

    /// Splits `token`; `marked = false` strips white space and treats the token as a whole word.
    public static TokenSpan of(String token, boolean marked) {
        if (!marked) {
            String t = token.strip();
            return new TokenSpan(t, true, internalKey(t));
        }
        if (!token.isEmpty() && (token.charAt(0) == SP_MARKER || token.charAt(0) == BYTE_LEVEL_MARKER)) {
            String t = token.substring(1);
            return new TokenSpan(t, true, startKey(t));
        }
        return new TokenSpan(token, false, internalKey(token));
    }

    /// The key of a word-start piece.
    public static String startKey(String text) {
        return SP_MARKER + text;
    }

    /// The key of a word-internal (or unmarked) piece.
    public static String internalKey(String text) {
        return text;
    }
}
