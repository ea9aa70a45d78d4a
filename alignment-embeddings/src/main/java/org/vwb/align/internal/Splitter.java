package org.vwb.align.internal;

import java.util.ArrayList;
import java.util.List;

/// The two tokenizations of [org.vwb.align.CorpusFiles].
public final class Splitter {
    private static final String[] NONE = new String[0];

    private Splitter() {
    }

    /// Splits at white space.
    public static String[] whitespace(String line) {
        List<String> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return out.isEmpty() ? NONE : out.toArray(NONE);
    }

    /// Han characters and symbols one by one; runs of other letters and digits together.
    public static String[] characters(String line) {
        List<String> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            int c = line.codePointAt(i);
            int len = Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += len;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(line.codePointAt(i))) {
                    i += Character.charCount(line.codePointAt(i));
                }
                out.add(line.substring(start, i));
            } else {
                out.add(line.substring(i, i + len));
                i += len;
            }
        }
        return out.isEmpty() ? NONE : out.toArray(NONE);
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
