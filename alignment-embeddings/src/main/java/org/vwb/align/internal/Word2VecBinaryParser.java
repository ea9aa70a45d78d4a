package org.vwb.align.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.vwb.align.VectorFormatException;
import org.vwb.align.VectorFormatException.Reason;

/// Parses the word2vec binary format: an ASCII header line `count dim`, then per word its UTF-8 bytes up
/// to a space, `dim` little-endian float32 values and an optional newline (word2vec's C reader skips
/// newlines before a word, and so do we).
public final class Word2VecBinaryParser {
    private static final int MAX_WORD_BYTES = 1 << 16;
    private final Path file;
    private final int maxWords;
    private final InputStream in;
    private final RoomCheck roomCheck;
    private long offset;

    /// Checks, before allocation, that `rows` rows of `dim` floats can be in the file.
    @FunctionalInterface
    public interface RoomCheck {
        /// Throws if the file is too small for `rows` rows of `dim` floats.
        void check(long rows, long dim) throws IOException;
    }

    /// A parser over `in` (buffered by the caller) for `file`, keeping at most `maxWords` words.
    public Word2VecBinaryParser(Path file, InputStream in, int maxWords, RoomCheck roomCheck) {
        this.file = file;
        this.in = in;
        this.maxWords = maxWords;
        this.roomCheck = roomCheck;
    }

    /// Reads the whole file.
    public ParsedVectors read() throws IOException {
        String header = readHeaderLine();
        String[] parts = header.trim().split("[ \t]+");
        long count;
        int dim;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            count = Long.parseLong(parts[0]);
            dim = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw VectorFormatException.atOffset(Reason.BAD_HEADER, file, 0,
                    "expected a header line 'count dim', found '" + header + "'");
        }
        if (count <= 0 || dim <= 0 || dim > 1_000_000) {
            throw VectorFormatException.atOffset(Reason.BAD_HEADER, file, 0,
                    "header 'count dim' must hold positive values, found '" + header + "'");
        }
        int rowsWanted = (int) Math.min(count, maxWords);
        roomCheck.check(rowsWanted, dim);
        WordIndex words = new WordIndex(rowsWanted);
        FloatRows rows = FloatRows.allocate(rowsWanted, dim);
        byte[] raw = new byte[4 * dim];
        float[] row = new float[dim];
        int duplicates = 0;
        for (long i = 0; i < count && words.size() < rowsWanted; i++) {
            long wordOffset = offset;
            String word = readWord(i, count);
            readFully(raw, "vector " + (i + 1) + " ('" + word + "')");
            ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(row);
            for (int j = 0; j < dim; j++) {
                if (!Float.isFinite(row[j])) {
                    throw VectorFormatException.atOffset(Reason.NON_FINITE, file, wordOffset,
                            "word '" + word + "' value " + (j + 1) + " is " + row[j]);
                }
            }
            int index = words.add(word);
            if (index < 0) {
                duplicates++;
            } else {
                rows.setRow(index, row);
            }
        }
        if (words.size() < rowsWanted) {
            rows = rows.firstRows(words.size());
        }
        return new ParsedVectors(words, rows, null, duplicates);
    }

    private String readHeaderLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw VectorFormatException.atOffset(Reason.TRUNCATED, file, offset, "file ends inside the header line");
            }
            if (line.size() > 64) {
                throw VectorFormatException.atOffset(Reason.BAD_HEADER, file, 0, "header line longer than 64 bytes");
            }
            line.write(c);
            offset++;
        }
        offset++;
        return line.toString(StandardCharsets.US_ASCII);
    }

    private String readWord(long i, long count) throws IOException {
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != ' ') {
            if (c < 0) {
                throw VectorFormatException.atOffset(Reason.TRUNCATED, file, offset,
                        "file ends at word " + (i + 1) + " of " + count + " declared in the header");
            }
            offset++;
            if (c == '\n' && word.size() == 0) {
                continue;
            }
            if (word.size() >= MAX_WORD_BYTES) {
                throw VectorFormatException.atOffset(Reason.WRONG_TOKEN_COUNT, file, offset,
                        "word " + (i + 1) + " runs over " + MAX_WORD_BYTES + " bytes without a space (not word2vec binary?)");
            }
            word.write(c);
        }
        offset++;
        return word.toString(StandardCharsets.UTF_8);
    }

    private void readFully(byte[] raw, String what) throws IOException {
        int n = in.readNBytes(raw, 0, raw.length);
        if (n < raw.length) {
            throw VectorFormatException.atOffset(Reason.TRUNCATED, file, offset + n,
                    "file ends inside " + what + ": " + n + " of " + raw.length + " bytes");
        }
        offset += n;
    }
}
