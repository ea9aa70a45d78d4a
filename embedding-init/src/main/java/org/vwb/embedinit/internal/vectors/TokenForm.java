package org.vwb.embedinit.internal.vectors;

import java.util.regex.Pattern;
import org.vwb.embedinit.TokenizerView;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerKind;

/// A token's text with its word-boundary information kept: WECHSEL's `decode().strip()` maps `▁the` and
/// `the` to the same string (METHODS §1(e)); here the marker of every family (`▁` SentencePiece and
/// metaspace BPE, `Ġ` byte-level BPE, no `##` in WordPiece) becomes [#wordStart()].
///
/// @param text      the token's characters without the marker ("" when it stands for no whole character)
/// @param wordStart whether the token begins a word
/// @param kind      text, byte-fallback piece or special token
/// @param piece     the stored piece
public record TokenForm(String text, boolean wordStart, Kind kind, String piece) {

    /// SentencePiece's word-start marker, U+2581, also FOCUS's canonical marker.
    public static final String MARKER = "\u2581";

    private static final Pattern BYTE_PIECE = Pattern.compile("<0x[0-9A-Fa-f]{2}>");

    /// What sort of token it is.
    public enum Kind {
        /// An ordinary piece of text.
        TEXT,
        /// A byte-fallback piece `<0xNN>`.
        BYTE,
        /// A control, unknown or unused entry: never given a static vector.
        SPECIAL
    }

    /// The form of `id` in `view`.
    public static TokenForm of(TokenizerView view, int id) {
        return of(view.kind(), view.piece(id), view.text(id), view.tokenKind(id));
    }

    /// The form of a piece of a tokenizer of `family`.
    public static TokenForm of(TokenizerKind family, String piece, String text, TokenKind kind) {
        if (kind == TokenKind.BYTE || BYTE_PIECE.matcher(piece).matches()) {
            return new TokenForm("", false, Kind.BYTE, piece);
        }
        if (kind == TokenKind.CONTROL || kind == TokenKind.UNKNOWN || kind == TokenKind.UNUSED || piece.isEmpty()) {
            return new TokenForm("", false, Kind.SPECIAL, piece);
        }
        return switch (family) {
            case HF_WORDPIECE -> piece.startsWith("##") && piece.length() > 2
                    ? new TokenForm(piece.substring(2), false, Kind.TEXT, piece)
                    : new TokenForm(piece, true, Kind.TEXT, piece);
            case HF_WORDLEVEL -> new TokenForm(piece, true, Kind.TEXT, piece);
            case HF_BYTE_LEVEL_BPE -> spaced(text, piece);
            default -> piece.startsWith(MARKER) || piece.startsWith(" ")
                    ? new TokenForm(piece.substring(1).replace(MARKER, " "), true, Kind.TEXT, piece)
                    : new TokenForm(piece.replace(MARKER, " "), false, Kind.TEXT, piece);
        };
    }

    private static TokenForm spaced(String text, String piece) {
        return text.startsWith(" ") ? new TokenForm(text.substring(1), true, Kind.TEXT, piece)
                : new TokenForm(text, false, Kind.TEXT, piece);
    }

    /// Whether a static vector can be looked up for it: text that is not blank.
    public boolean hasText() {
        return kind == Kind.TEXT && !text.isBlank();
    }

    /// FOCUS's canonical form (METHODS §5.1 step 1): `▁text` for a word start, `text` otherwise; a byte
    /// piece keeps its raw `<0xNN>` form (the fix of FOCUS PR #3); a special token has none (`null`).
    public String canonical() {
        return switch (kind) {
            case BYTE -> piece;
            case SPECIAL -> null;
            case TEXT -> wordStart ? MARKER + text : text;
        };
    }

    /// The string `org.vwb.align.TokenVectors` reads with `marked = true`: `▁text` or `text`.
    public String marked() {
        return wordStart ? MARKER + text : text;
    }
}
