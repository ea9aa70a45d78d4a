package org.vwb.embedinit.internal.subword;

import java.util.Locale;
import org.vwb.embedinit.TokenizerView;
import org.vwb.vocab.TokenKind;

/// How the pieces of a decomposition are weighted before their rows are averaged.
public enum PieceWeighting {
    /// Every piece counts once: FVT's arithmetic mean.
    UNIFORM,
    /// Weight = the piece's length in characters (WVT): the word-start space counts as one character,
    /// a byte piece as its share of the character it belongs to (1/2, 1/3 or 1/4 by the lead byte).
    LENGTH,
    /// Linear weights `n, n−1, …, 1` (tokensurgeon's weighted mean as it treats lm_head rows).
    FIRST_HEAVY,
    /// Linear weights `1, 2, …, n` (tokensurgeon's weighted mean as it treats embedding rows).
    LAST_HEAVY;

    /// The option value (`uniform`, `length`, `first-heavy`, `last-heavy`).
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /// The weighting named by `label`.
    ///
    /// @throws IllegalArgumentException for an unknown label
    public static PieceWeighting of(String label) {
        for (PieceWeighting w : values()) {
            if (w.label().equals(label)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown weighting '" + label + "'");
    }

    /// Raw (unnormalised, positive) weights of the pieces `ids` of `base`, in order.
    public double[] weights(int[] ids, TokenizerView base) {
        int n = ids.length;
        double[] w = new double[n];
        double byteShare = 1.0;
        for (int k = 0; k < n; k++) {
            w[k] = switch (this) {
                case UNIFORM -> 1.0;
                case FIRST_HEAVY -> n - k;
                case LAST_HEAVY -> k + 1;
                case LENGTH -> {
                    if (base.tokenKind(ids[k]) == TokenKind.BYTE) {
                        byteShare = byteShare(base.piece(ids[k]), byteShare);
                        yield byteShare;
                    }
                    yield Math.max(1, base.text(ids[k]).codePointCount(0, base.text(ids[k]).length()));
                }
            };
        }
        return w;
    }

    /// A lead byte starts a character of 2–4 bytes, each of which gets that share; a continuation byte
    /// keeps the share of the lead before it; an ASCII byte is a whole character.
    private static double byteShare(String piece, double previous) {
        int b = bytePieceValue(piece);
        if (b < 0 || b < 0x80) {
            return 1.0;
        }
        if (b >= 0xF0) {
            return 0.25;
        }
        if (b >= 0xE0) {
            return 1.0 / 3;
        }
        if (b >= 0xC0) {
            return 0.5;
        }
        return previous;
    }

    /// The value of a `<0xNN>` piece, or -1.
    static int bytePieceValue(String piece) {
        if (piece.length() == 6 && piece.startsWith("<0x") && piece.endsWith(">")) {
            try {
                return Integer.parseInt(piece.substring(3, 5), 16);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }
}
