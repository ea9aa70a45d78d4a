package org.vwb.align.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.vwb.align.VectorFormatException;
import org.vwb.align.VectorFormatException.Reason;

/// Parses word2vec/fastText `.vec` (with a `count dim` header) and GloVe text (no header).
///
/// Tokens are separated by runs of spaces or tabs; trailing blanks are ignored (fastText writes a space
/// after the last value). The word is the first token, so words containing a space are rejected with
/// [Reason#DIMENSION_MISMATCH] rather than silently misread.
public final class TextVectorParser {
    private final Path file;
    private final int maxWords;

    /// A parser for `file` that keeps at most `maxWords` words (the first ones in file order).
    public TextVectorParser(Path file, int maxWords) {
        this.file = file;
        this.maxWords = maxWords;
    }

    /// Reads the header line `count dim` of a `.vec` file; returns `{count, dim}`.
    public long[] readHeader(LineReader lines) throws IOException {
        if (!lines.next()) {
            throw VectorFormatException.atLine(Reason.EMPTY, file, 1, "empty file, expected a 'count dim' header");
        }
        byte[] b = lines.buffer();
        int a = skipBlanks(b, lines.start(), lines.end());
        int aEnd = tokenEnd(b, a, lines.end());
        int c = skipBlanks(b, aEnd, lines.end());
        int cEnd = tokenEnd(b, c, lines.end());
        if (countTokens(b, lines.start(), lines.end()) != 2) {
            throw VectorFormatException.atLine(Reason.BAD_HEADER, file, 1,
                    "expected a header 'count dim', found '" + text(b, lines.start(), lines.end()) + "'");
        }
        long count = parsePositive(b, a, aEnd, lines, "word count");
        long dim = parsePositive(b, c, cEnd, lines, "dimension");
        if (dim > 1_000_000) {
            throw VectorFormatException.atLine(Reason.BAD_HEADER, file, 1, "dimension " + dim + " is implausible");
        }
        return new long[] {count, dim};
    }

    /// Parses rows after the header (or from the first line for GloVe, where `declared < 0` and `dim`
    /// is taken from the first row and `capacity` must bound the number of rows).
    public ParsedVectors readRows(LineReader lines, long declared, int dim, int capacity) throws IOException {
        int rowsWanted = Math.min(capacity, maxWords);
        WordIndex words = new WordIndex(rowsWanted);
        FloatRows rows = null;
        float[] row = null;
        int duplicates = 0;
        long seen = 0;
        while (words.size() < rowsWanted && (declared < 0 || seen < declared) && lines.next()) {
            byte[] b = lines.buffer();
            int s = skipBlanks(b, lines.start(), lines.end());
            if (s == lines.end()) {
                continue; // blank lines (e.g. a final empty line) carry no vector
            }
            int wordEnd = tokenEnd(b, s, lines.end());
            if (rows == null) {
                if (dim <= 0) {
                    dim = countTokens(b, wordEnd, lines.end());
                    if (dim == 0) {
                        throw VectorFormatException.atLine(Reason.WRONG_TOKEN_COUNT, file, lines.lineNumber(),
                                "a word without values: cannot infer the dimension");
                    }
                }
                rows = FloatRows.allocate(rowsWanted, dim);
                row = new float[dim];
            }
            seen++;
            parseValues(lines, wordEnd, row);
            String word = new String(b, s, wordEnd - s, StandardCharsets.UTF_8);
            int index = words.add(word);
            if (index < 0) {
                duplicates++;
            } else {
                rows.setRow(index, row);
            }
        }
        if (rows == null) {
            throw VectorFormatException.atLine(Reason.EMPTY, file, lines.lineNumber(), "no vectors in the file");
        }
        if (declared >= 0 && seen < declared && words.size() < rowsWanted) {
            throw VectorFormatException.atLine(Reason.COUNT_MISMATCH, file, lines.lineNumber(),
                    "header declares " + declared + " words, the file ends after " + seen + " rows");
        }
        if (declared >= 0 && seen == declared && nextNonBlank(lines)) {
            throw VectorFormatException.atLine(Reason.COUNT_MISMATCH, file, lines.lineNumber(),
                    "header declares " + declared + " words, but more rows follow");
        }
        if (words.size() < rowsWanted) {
            rows = rows.firstRows(words.size());
        }
        return new ParsedVectors(words, rows, null, duplicates);
    }

    private void parseValues(LineReader lines, int from, float[] row) throws IOException {
        byte[] b = lines.buffer();
        int end = lines.end();
        int p = from;
        for (int j = 0; j < row.length; j++) {
            p = skipBlanks(b, p, end);
            if (p == end) {
                throw VectorFormatException.atLine(Reason.DIMENSION_MISMATCH, file, lines.lineNumber(),
                        "expected " + row.length + " values after the word, found " + j);
            }
            float v;
            int q;
            try {
                long scanned = DecimalParser.scan(b, p, end);
                v = DecimalParser.value(scanned);
                q = DecimalParser.tokenEnd(scanned);
            } catch (NumberFormatException e) {
                throw VectorFormatException.atLine(Reason.NOT_A_NUMBER, file, lines.lineNumber(),
                        "value " + (j + 1) + " is not a number: '" + text(b, p, tokenEnd(b, p, end)) + "'");
            }
            if (!Float.isFinite(v)) {
                throw VectorFormatException.atLine(Reason.NON_FINITE, file, lines.lineNumber(),
                        "value " + (j + 1) + " is " + text(b, p, q) + " (NaN and infinity are not allowed)");
            }
            row[j] = v;
            p = q;
        }
        if (skipBlanks(b, p, end) != end) {
            int extra = countTokens(b, p, end);
            throw VectorFormatException.atLine(Reason.DIMENSION_MISMATCH, file, lines.lineNumber(),
                    "expected " + row.length + " values after the word, found " + (row.length + extra)
                            + " (a word containing a space?)");
        }
    }

    private boolean nextNonBlank(LineReader lines) throws IOException {
        while (lines.next()) {
            if (skipBlanks(lines.buffer(), lines.start(), lines.end()) != lines.end()) {
                return true;
            }
        }
        return false;
    }


    private long parsePositive(byte[] b, int from, int to, LineReader lines, String what) throws IOException {
        long v = 0;
        if (to - from > 12) {
            throw VectorFormatException.atLine(Reason.BAD_HEADER, file, lines.lineNumber(),
                    what + " '" + text(b, from, to) + "' is too large");
        }
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                throw VectorFormatException.atLine(Reason.BAD_HEADER, file, lines.lineNumber(),
                        what + " '" + text(b, from, to) + "' is not a positive integer");
            }
            v = v * 10 + (b[i] - '0');
        }
        if (v <= 0) {
            throw VectorFormatException.atLine(Reason.BAD_HEADER, file, lines.lineNumber(), what + " must be positive, found " + v);
        }
        return v;
    }

    public static int countTokens(byte[] b, int from, int to) {
        int n = 0;
        int p = skipBlanks(b, from, to);
        while (p < to) {
            n++;
            p = skipBlanks(b, tokenEnd(b, p, to), to);
        }
        return n;
    }

    public static int skipBlanks(byte[] b, int p, int to) {
        while (p < to && (b[p] == ' ' || b[p] == '\t')) {
            p++;
        }
        return p;
    }

    public static int tokenEnd(byte[] b, int p, int to) {
        while (p < to && b[p] != ' ' && b[p] != '\t') {
            p++;
        }
        return p;
    }

    static String text(byte[] b, int from, int to) {
        int n = Math.min(to - from, 80);
        return new String(b, from, n, StandardCharsets.UTF_8) + (n < to - from ? "…" : "");
    }
}
