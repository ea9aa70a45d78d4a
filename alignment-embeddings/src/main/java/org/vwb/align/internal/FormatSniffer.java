package org.vwb.align.internal;

import org.vwb.align.VectorFormat;

/// Tells the vector formats apart from a file's first bytes.
public final class FormatSniffer {

    private FormatSniffer() {
    }

    /// The format of a file starting with `head`.
    public static VectorFormat detect(byte[] head) {
        if (head.length >= 4 && (head[0] & 0xFF | (head[1] & 0xFF) << 8 | (head[2] & 0xFF) << 16
                | (head[3] & 0xFF) << 24) == FastTextBinParser.MAGIC) {
            return VectorFormat.FASTTEXT_BIN;
        }
        int nl = indexOf(head, 0, (byte) '\n');
        int firstEnd = nl < 0 ? head.length : nl;
        if (!isCountDim(head, firstEnd)) {
            return VectorFormat.GLOVE_TEXT;
        }
        if (nl < 0) {
            return VectorFormat.VEC_TEXT; // header only: an empty text file is the simpler reading
        }
        // A text row is printable: word, then blank-separated numbers. Binary floats soon hit a byte
        // below 0x20 other than tab/CR/LF, or a non-numeric token.
        int next = indexOf(head, nl + 1, (byte) '\n');
        int end = next < 0 ? head.length : next;
        if (end > nl + 1 && head[end - 1] == '\r') {
            end--; // CRLF files
        }
        int wordEnd = TextVectorParser.tokenEnd(head, TextVectorParser.skipBlanks(head, nl + 1, end), end);
        for (int p = TextVectorParser.skipBlanks(head, wordEnd, end); p < end;
                p = TextVectorParser.skipBlanks(head, TextVectorParser.tokenEnd(head, p, end), end)) {
            int q = TextVectorParser.tokenEnd(head, p, end);
            if (q - p > 40 || !numeric(head, p, q)) {
                return VectorFormat.WORD2VEC_BINARY;
            }
        }
        return VectorFormat.VEC_TEXT;
    }

    private static boolean isCountDim(byte[] b, int end) {
        int tokens = TextVectorParser.countTokens(b, 0, end);
        if (tokens != 2) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            if (!(b[i] >= '0' && b[i] <= '9' || b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
                return false;
            }
        }
        return true;
    }

    private static boolean numeric(byte[] b, int from, int to) {
        try {
            DecimalParser.parse(b, from, to);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int indexOf(byte[] b, int from, byte c) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
