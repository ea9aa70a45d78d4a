package org.vwb.embedinit.internal;

import java.util.Locale;
import java.util.Map;
import org.vwb.vocab.TokenKind;

/// Matches special tokens by role rather than by string (METHODS §5.4: tokensurgeon maps donor eos to base
/// eos; WECHSEL/FOCUS/OFA match strings only and miss `<|endoftext|>` vs `</s>`).
public final class SpecialTokens {

    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("<s>", "bos"), Map.entry("<bos>", "bos"), Map.entry("<|begin_of_text|>", "bos"),
            Map.entry("[cls]", "bos"), Map.entry("<|startoftext|>", "bos"),
            Map.entry("</s>", "eos"), Map.entry("<eos>", "eos"), Map.entry("<|end_of_text|>", "eos"),
            Map.entry("<|endoftext|>", "eos"), Map.entry("[sep]", "eos"), Map.entry("<|im_end|>", "eos"),
            Map.entry("<unk>", "unk"), Map.entry("[unk]", "unk"),
            Map.entry("<pad>", "pad"), Map.entry("[pad]", "pad"), Map.entry("<|pad|>", "pad"),
            Map.entry("<mask>", "mask"), Map.entry("[mask]", "mask"));

    private SpecialTokens() {
    }

    /// The role of a special piece (`bos`, `eos`, `unk`, `pad`, `mask`), or `null` when `kind` is not
    /// special or the piece has no known role.
    public static String role(String piece, TokenKind kind) {
        if (kind == TokenKind.UNKNOWN) {
            return "unk";
        }
        if (kind != TokenKind.CONTROL && kind != TokenKind.USER_DEFINED && kind != TokenKind.ADDED) {
            return null;
        }
        return ROLES.get(piece.toLowerCase(Locale.ROOT));
    }
}
