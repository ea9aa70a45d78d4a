package org.vwb.align.internal;

import java.nio.charset.StandardCharsets;

/// Parses ASCII decimal floats straight from bytes, with the exact result of [Float#parseFloat].
///
/// Fast path (Clinger): at most 7 significant digits and a decimal exponent within ±10. Then the
/// mantissa (< 2^24) and 10^|e| (≤ 10^10 = 2^10·5^10, 5^10 < 2^24) are exact floats, and one IEEE
/// multiplication or division rounds correctly, i.e. exactly as `Float.parseFloat` does. Everything
/// else (more digits, big exponents, hex) falls back to `Float.parseFloat`. The text writers of
/// word2vec, fastText and GloVe print ≤ 7 significant digits, so the fast path is the normal case.
public final class DecimalParser {
    private static final float[] POW10 = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    private DecimalParser() {
    }

    /// Parses `b[from..to)`; NaN/infinite spellings parse to NaN/infinity (the caller rejects them).
    ///
    /// @throws NumberFormatException if the bytes are not a decimal number
    public static float parse(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exponent = 0;
        int digits = 0;
        boolean dot = false;
        for (; i < to; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (significant > 0 || c != '0') {
                    significant++;
                    mantissa = significant <= 18 ? mantissa * 10 + (c - '0') : mantissa;
                    if (significant > 18) {
                        exponent++;
                    }
                }
                if (dot) {
                    exponent--;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return slow(b, from, to);
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            int e = parseExponent(b, i + 1, to);
            if (e == Integer.MIN_VALUE) {
                return slow(b, from, to);
            }
            exponent += e;
            i = to;
        }
        if (i != to || significant > 7 || exponent < -10 || exponent > 10) {
            return slow(b, from, to);
        }
        float m = mantissa;
        float v = exponent >= 0 ? m * POW10[exponent] : m / POW10[-exponent];
        return negative ? -v : v;
    }

    /// The exponent digits with optional sign, or MIN_VALUE if malformed or longer than 4 digits.
    private static int parseExponent(byte[] b, int i, int to) {
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        if (i == to || to - i > 4) {
            return Integer.MIN_VALUE;
        }
        int e = 0;
        for (; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return Integer.MIN_VALUE;
            }
            e = e * 10 + (b[i] - '0');
        }
        return negative ? -e : e;
    }

    private static float slow(byte[] b, int from, int to) {
        String s = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        // Python and C print "nan", "inf", "-inf", which Float.parseFloat does not accept.
        String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (unsigned.equals("nan")) {
            return Float.NaN;
        }
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return lower.startsWith("-") ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        }
        // Float.parseFloat also accepts trailing 'f'/'d' and surrounding blanks; vector files never do.
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        if (last != '.' && !Character.isDigit(last)) {
            throw new NumberFormatException("not a number: '" + s + "'");
        }
        return Float.parseFloat(s);
    }
}
