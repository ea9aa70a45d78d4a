package org.vwb.align;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.vwb.align.internal.FastTextBinParser;
import org.vwb.align.internal.FormatSniffer;
import org.vwb.align.internal.LineReader;
import org.vwb.align.internal.ParsedVectors;
import org.vwb.align.internal.TextVectorParser;
import org.vwb.align.internal.Word2VecBinaryParser;

/// Reads static word vectors from `.vec`, GloVe, word2vec binary and fastText `.bin` files.
///
/// Text and word2vec files are streamed (gzip-compressed ones too, by the `.gz` suffix) into one
/// contiguous float block of exactly `words × dim` floats: no per-line strings and no growth copies.
/// A fastText `.bin` is memory-mapped; its input matrix is used in place.
public final class VectorReader {

    private VectorReader() {
    }

    /// Reads `file`, detecting its format ([#detect]).
    public static StaticVectors read(Path file) throws IOException {
        return read(file, detect(file), Integer.MAX_VALUE);
    }

    /// Reads the first `maxWords` words of `file` in the given format (a fastText `.bin` is always read
    /// whole, since its n-gram rows belong to every word).
    public static StaticVectors read(Path file, VectorFormat format, int maxWords) throws IOException {
        if (maxWords <= 0) {
            throw new IllegalArgumentException("maxWords must be positive, was " + maxWords);
        }
        ParsedVectors parsed = switch (format) {
            case FASTTEXT_BIN -> readFastText(file);
            case WORD2VEC_BINARY -> {
                try (InputStream in = open(file)) {
                    yield new Word2VecBinaryParser(file, in, maxWords, (rows, dim) ->
                            checkRoom(file, rows, 4L * dim, new long[] {rows, dim})).read();
                }
            }
            case VEC_TEXT -> {
                TextVectorParser parser = new TextVectorParser(file, maxWords);
                try (LineReader lines = new LineReader(open(file))) {
                    long[] header = parser.readHeader(lines);
                    int capacity = (int) Math.min(header[0], maxWords);
                    checkRoom(file, capacity, 2 * header[1], header);
                    yield parser.readRows(lines, header[0], (int) header[1], capacity);
                }
            }
            case GLOVE_TEXT -> {
                int capacity = maxWords == Integer.MAX_VALUE ? countLines(file) : maxWords;
                TextVectorParser parser = new TextVectorParser(file, maxWords);
                try (LineReader lines = new LineReader(open(file))) {
                    yield parser.readRows(lines, -1, 0, Math.max(1, capacity));
                }
            }
        };
        return new StaticVectors(parsed);
    }

    /// Detects the format from the first bytes: fastText's magic number; else a `count dim` first line
    /// followed by a text row (`.vec`) or by binary floats (word2vec binary); else GloVe text.
    public static VectorFormat detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = open(file)) {
            head = in.readNBytes(1 << 16);
        }
        return FormatSniffer.detect(head);
    }

    private static ParsedVectors readFastText(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".gz")) {
            throw new VectorFormatException(VectorFormatException.Reason.BAD_MAGIC,
                    file + ": a gzip-compressed fastText model cannot be memory-mapped; gunzip it first");
        }
        return FastTextBinParser.read(file);
    }

    /// Refuses a header whose rows cannot fit the file before allocating room for them (a corrupt
    /// `count` would otherwise ask for terabytes). A row needs at least `minRowBytes`; not checkable for
    /// compressed files.
    static void checkRoom(Path file, long rows, long minRowBytes, long[] header) throws IOException {
        if (file.getFileName().toString().endsWith(".gz")) {
            return;
        }
        long size = Files.size(file);
        if (rows > size / Math.max(1, minRowBytes)) {
            throw VectorFormatException.atLine(VectorFormatException.Reason.COUNT_MISMATCH, file, 1,
                    "header declares " + header[0] + " words of " + header[1] + " values, but the file has only "
                            + size + " bytes");
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    /// Counts lines (an upper bound on GloVe rows) so the float block is allocated once at its size.
    private static int countLines(Path file) throws IOException {
        long n = 0;
        boolean pending = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = open(file)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
                pending = buf[r - 1] != '\n';
            }
        }
        return (int) Math.min(Integer.MAX_VALUE - 8L, n + (pending ? 1 : 0));
    }
}
