package org.vwb.samples.internal;

import java.util.ArrayList;
import java.util.List;

/// Splits escaped text (`▁` for spaces) into the runs a BPE merge may join, as SentencePiece's trainer
/// does with `split_by_whitespace`, `split_by_unicode_script` and `split_digits`: a `▁` starts a run;
/// Latin letters (with the apostrophe) join each other; ASCII punctuation joins punctuation; digits and
/// all other characters (CJK among them) stand alone, and a `▁` before them stays alone too.
final class Units {
    private Units() {
    }

    private enum Kind { SPACE, LETTER, PUNCT, SINGLE }

    static List<String> split(String text) {
        List<String> units = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Kind currentKind = null;
        int[] cps = text.codePoints().toArray();
        for (int cp : cps) {
            Kind k = kindOf(cp);
            boolean joins = current.length() > 0 && k != Kind.SPACE && k != Kind.SINGLE
                    && (currentKind == k || currentKind == Kind.SPACE);
            if (!joins) {
                flush(units, current);
                currentKind = null;
            }
            current.appendCodePoint(cp);
            currentKind = currentKind == null || currentKind == Kind.SPACE ? k : currentKind;
            if (k == Kind.SINGLE) {
                flush(units, current);
                currentKind = null;
            }
        }
        flush(units, current);
        return units;
    }

    private static void flush(List<String> units, StringBuilder current) {
        if (current.length() > 0) {
            units.add(current.toString());
            current.setLength(0);
        }
    }

    private static Kind kindOf(int cp) {
        if (cp == '\u2581') {
            return Kind.SPACE;
        }
        if (isLatinLetter(cp) || cp == '\'') {
            return Kind.LETTER;
        }
        if (cp < 0x80 && !Character.isLetterOrDigit(cp) && !Character.isWhitespace(cp)) {
            return Kind.PUNCT;
        }
        return Kind.SINGLE;
    }

    static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /// Han, kana, hangul and the CJK punctuation and full-width forms.
    static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x2018 && cp <= 0x201D);
    }
}
