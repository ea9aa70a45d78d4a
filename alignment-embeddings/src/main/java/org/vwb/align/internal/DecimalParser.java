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
        long r = scan(b, from, to);
        if (tokenEnd(r) != to) {
            throw new NumberFormatException("not a number: '" + new String(b, from, to - from, StandardCharsets.ISO_8859_1) + "'");
        }
        return value(r);
    }

    /// Parses the token starting at `from` and ending at the next space, tab or `limit`, in one pass
    /// over its bytes. Returns the value and the token end packed in a long: see [#value] and [#tokenEnd].
    ///
    /// @throws NumberFormatException if the token is not a decimal number
    public static long scan(byte[] b, int from, int limit) {
        int i = from;
        boolean negative = false;
        if (i < limit && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exponent = 0;
        int digits = 0;
        boolean dot = false;
        for (; i < limit; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (significant > 0 || c != '0') {
                    significant++;
                    if (significant <= 18) {
                        mantissa = mantissa * 10 + (c - '0');
                    } else {
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
            return slowToken(b, from, limit);
        }
        if (i < limit && (b[i] == 'e' || b[i] == 'E')) {
            int j = i + 1;
            boolean negativeExp = false;
            if (j < limit && (b[j] == '-' || b[j] == '+')) {
                negativeExp = b[j] == '-';
                j++;
            }
            int e = 0;
            int expDigits = 0;
            for (; j < limit && b[j] >= '0' && b[j] <= '9' && expDigits < 5; j++, expDigits++) {
                e = e * 10 + (b[j] - '0');
            }
            if (expDigits == 0 || expDigits == 5) {
                return slowToken(b, from, limit);
            }
            exponent += negativeExp ? -e : e;
            i = j;
        }
        if (i < limit && b[i] != ' ' && b[i] != '\t') {
            return slowToken(b, from, limit);
        }
        if (significant > 7 || exponent < -10 || exponent > 10) {
            return pack(slow(b, from, i), i);
        }
        float m = mantissa;
        float v = exponent >= 0 ? m * POW10[exponent] : m / POW10[-exponent];
        return pack(negative ? -v : v, i);
    }

    /// The value part of a [#scan] result.
    public static float value(long scanned) {
        return Float.intBitsToFloat((int) scanned);
    }

    /// The token end (exclusive) of a [#scan] result.
    public static int tokenEnd(long scanned) {
        return (int) (scanned >>> 32);
    }

    private static long pack(float v, int end) {
        return (long) end << 32 | (Float.floatToRawIntBits(v) & 0xFFFFFFFFL);
    }

    private static long slowToken(byte[] b, int from, int limit) {
        int end = from;
        while (end < limit && b[end] != ' ' && b[end] != '\t') {
            end++;
        }
        return pack(slow(b, from, end), end);
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
