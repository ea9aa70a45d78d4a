package org.vwb.vocab.internal;

/// Script tests shared by mining and the fertility report.
public final class Scripts {
    private Scripts() {
    }

    /// Whether `codePoint` is a CJK ideograph (Unicode script Han: unified ideographs, extensions,
    /// compatibility ideographs, radicals, `〇`, `々`).
    public static boolean isCjk(int codePoint) {
        return codePoint >= 0x2E80 && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /// Number of CJK ideographs in `text`.
    public static int countCjk(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isCjk(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /// Whether `text` is non-empty and every code point is a CJK ideograph.
    public static boolean allCjk(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isCjk(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /// Whether the UTF-8 `bytes` can be part of a run of CJK ideographs: every complete character is CJK;
    /// a leading run of continuation bytes (the tail of a character) and an incomplete last character (its
    /// head) are allowed, as byte-level BPE pieces split characters so.
    public static boolean cjkBytes(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && i < 3 && (bytes[i] & 0xC0) == 0x80) {
            i++;
        }
        if (i == bytes.length) {
            return i > 0;
        }
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            int len = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : 0; // Han is 3 or 4 bytes long
            if (len == 0) {
                return false;
            }
            if (i + len > bytes.length) {
                for (int j = i + 1; j < bytes.length; j++) {
                    if ((bytes[j] & 0xC0) != 0x80) {
                        return false;
                    }
                }
                return true;
            }
            String s = new String(bytes, i, len, java.nio.charset.StandardCharsets.UTF_8);
            if (s.codePointCount(0, s.length()) != 1 || !isCjk(s.codePointAt(0))) {
                return false;
            }
            i += len;
        }
        return true;
    }

    /// Characters in UTF-8 `bytes` counting a partial character as one: non-continuation bytes, plus one
    /// for a leading run of continuation bytes.
    public static int charCount(byte[] bytes) {
        int n = bytes.length > 0 && (bytes[0] & 0xC0) == 0x80 ? 1 : 0;
        for (byte b : bytes) {
            if ((b & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    /// Whether `text` is a run of CJK ideographs, or a single space followed by one (or only a space
    /// when `spaceAlone`): the texts [org.vwb.vocab.mine.Script#CJK_WORD_START] lets a piece have.
    public static boolean cjkAfterSpace(String text, boolean spaceAlone) {
        if (text.startsWith(" ")) {
            return text.length() == 1 ? spaceAlone : allCjk(text.substring(1));
        }
        return allCjk(text);
    }

    /// [#cjkAfterSpace] on UTF-8 `bytes` for byte-level models (a partial character allowed as in [#cjkBytes]).
    public static boolean cjkBytesAfterSpace(byte[] bytes, boolean spaceAlone) {
        if (bytes.length > 0 && bytes[0] == ' ') {
            return bytes.length == 1 ? spaceAlone : cjkBytes(java.util.Arrays.copyOfRange(bytes, 1, bytes.length));
        }
        return cjkBytes(bytes);
    }

    /// Whether `codePoint` is CJK punctuation: the CJK Symbols and Punctuation block without the
    /// ideographic space (`、。「」『』【】〜` …) and the fullwidth punctuation of the Halfwidth and Fullwidth
    /// Forms block (`，：；！？（）` …; not the fullwidth letters and digits). English text does not use them.
    public static boolean isCjkPunctuation(int codePoint) {
        int c = codePoint;
        return c >= 0x3001 && c <= 0x303F || c >= 0xFF01 && c <= 0xFF0F || c >= 0xFF1A && c <= 0xFF20
                || c >= 0xFF3B && c <= 0xFF40 || c >= 0xFF5B && c <= 0xFF65;
    }

    /// Whether `text` is an optional single leading space followed by CJK ideographs and CJK punctuation
    /// ([#isCjkPunctuation]), holding at least one ideograph unless `symbol` (a symbol that may take part in
    /// a merge: the space alone or punctuation alone qualify; a new piece needs an ideograph).
    public static boolean cjkWithPunctuation(String text, boolean symbol) {
        String t = text.startsWith(" ") ? text.substring(1) : text;
        if (t.isEmpty()) {
            return symbol && !text.isEmpty();
        }
        boolean ideograph = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (isCjk(cp)) {
                ideograph = true;
            } else if (!isCjkPunctuation(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return ideograph || symbol;
    }
}
