package org.vwb.align.internal;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.vwb.align.SubwordSpec;
import org.vwb.align.VectorFormatException;
import org.vwb.align.VectorFormatException.Reason;

/// Reads a fastText model (`.bin`, file-format versions 11 and 12) from a memory mapping.
///
/// Layout (learned from fastText's `FastText::saveModel`, `Args::save`, `Dictionary::save`,
/// `DenseMatrix::save`; all little-endian): int32 magic 793712314, int32 version; Args = 12 int32
/// (dim, ws, epoch, minCount, neg, wordNgrams, loss, model, bucket, minn, maxn, lrUpdateRate) and a
/// float64 `t`; Dictionary = int32 size, int32 nwords, int32 nlabels, int64 ntokens, int64
/// pruneidx_size, then `size` entries (NUL-terminated bytes, int64 count, int8 type) and
/// `pruneidx_size` int32 pairs; bool quant; input matrix (int64 m, int64 n, m·n float32); bool qout;
/// output matrix. The input matrix is not copied: it stays a view of the mapping.
public final class FastTextBinParser {
    /// The first int32 of every fastText model.
    public static final int MAGIC = 793712314;
    private static final int MODEL_SUPERVISED = 3;
    private static final ValueLayout.OfInt LE_INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LE_LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final Path file;
    private final MemorySegment data;
    private long pos;

    private FastTextBinParser(Path file, MemorySegment data) {
        this.file = file;
        this.data = data;
    }

    /// Maps `file` (unmapped when the result becomes unreachable) and parses it.
    public static ParsedVectors read(Path file) throws IOException {
        MemorySegment mapped;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), Arena.ofAuto());
        }
        return parse(file, mapped);
    }

    /// Parses a model held in `data` (a mapping, or bytes wrapped in tests); `file` names it in errors.
    public static ParsedVectors parse(Path file, MemorySegment data) throws IOException {
        return new FastTextBinParser(file, data).parse();
    }

    private ParsedVectors parse() throws IOException {
        int magic = readInt("magic number");
        if (magic != MAGIC) {
            throw VectorFormatException.atOffset(Reason.BAD_MAGIC, file, 0,
                    "not a fastText model: magic number " + magic + ", expected " + MAGIC);
        }
        int version = readInt("version");
        if (version != 11 && version != 12) {
            throw VectorFormatException.atOffset(Reason.UNSUPPORTED_VERSION, file, 4,
                    "fastText file-format version " + version + ", this reader knows 11 and 12");
        }
        int[] args = new int[12];
        for (int i = 0; i < args.length; i++) {
            args[i] = readInt("Args");
        }
        need(8, "Args.t");
        pos += 8;
        int dim = args[0];
        int model = args[7];
        int bucket = args[8];
        int minn = args[9];
        int maxn = version == 11 && model == MODEL_SUPERVISED ? 0 : args[10]; // as fastText: v11 sup had no n-grams
        if (dim <= 0 || bucket < 0 || minn < 0 || maxn < 0) {
            throw VectorFormatException.atOffset(Reason.INCONSISTENT_MODEL, file, 8,
                    "Args: dim=" + dim + " bucket=" + bucket + " minn=" + minn + " maxn=" + maxn);
        }
        WordIndex words = readDictionary();
        int nwords = words.size();
        long quantOffset = pos;
        if (readBool("quant flag")) {
            throw VectorFormatException.atOffset(Reason.QUANTIZED, file, quantOffset,
                    "a quantized fastText model (.ftz) is not supported; use the full .bin model");
        }
        long matrixOffset = pos;
        long m = readLong("input matrix rows");
        long n = readLong("input matrix columns");
        if (n != dim || m != (long) nwords + bucket) {
            throw VectorFormatException.atOffset(Reason.INCONSISTENT_MODEL, file, matrixOffset,
                    "input matrix is " + m + " × " + n + ", expected (nwords " + nwords + " + bucket " + bucket
                            + ") × dim " + dim);
        }
        long bytes = m * n * 4L;
        need(bytes, "input matrix (" + m + " × " + n + " floats)");
        FloatRows input = FloatRows.view(data.asSlice(pos, bytes), m, dim);
        pos += bytes;
        checkOutputMatrix();
        SubwordModel subwords = new SubwordModel(new SubwordSpec(minn, maxn, bucket, nwords), input, words);
        return new ParsedVectors(words, input, subwords, 0);
    }

    /// Reads the dictionary; returns the words (entries of type 0) in id order.
    private WordIndex readDictionary() throws IOException {
        long dictOffset = pos;
        int size = readInt("dictionary size");
        int nwords = readInt("dictionary nwords");
        int nlabels = readInt("dictionary nlabels");
        readLong("dictionary ntokens");
        long pruneSize = readLong("dictionary pruneidx_size");
        if (size < 0 || nwords < 0 || nlabels < 0 || (long) nwords + nlabels != size) {
            throw VectorFormatException.atOffset(Reason.INCONSISTENT_MODEL, file, dictOffset,
                    "dictionary size " + size + " != nwords " + nwords + " + nlabels " + nlabels);
        }
        if (pruneSize >= 0) {
            // fastText itself refuses pruned, non-quantized models ("see issue #332").
            throw VectorFormatException.atOffset(Reason.INCONSISTENT_MODEL, file, dictOffset,
                    "pruned dictionary (pruneidx_size " + pruneSize + ") outside a quantized model");
        }
        WordIndex words = new WordIndex(nwords);
        for (int i = 0; i < size; i++) {
            long entryOffset = pos;
            String word = readCString(i);
            readLong("count of entry " + i);
            int type = readByte("type of entry " + i);
            if (i < nwords) {
                if (type != 0) {
                    throw VectorFormatException.atOffset(Reason.INCONSISTENT_MODEL, file, entryOffset,
                            "entry " + i + " ('" + word + "') has type " + type + " but lies among the first "
                                    + nwords + " (word) entries");
                }
                if (words.add(word) < 0) {
                    throw VectorFormatException.atOffset(Reason.INCONSISTENT_MODEL, file, entryOffset,
                            "word '" + word + "' appears twice in the dictionary");
                }
            }
        }
        return words;
    }

    private void checkOutputMatrix() throws IOException {
        long qoutOffset = pos;
        if (readBool("qout flag")) {
            throw VectorFormatException.atOffset(Reason.QUANTIZED, file, qoutOffset,
                    "quantized output matrix (qout) is not supported");
        }
        long m = readLong("output matrix rows");
        long n = readLong("output matrix columns");
        if (m < 0 || n < 0) {
            throw VectorFormatException.atOffset(Reason.INCONSISTENT_MODEL, file, qoutOffset + 1,
                    "output matrix is " + m + " × " + n);
        }
        need(Math.multiplyExact(Math.multiplyExact(m, n), 4L), "output matrix (" + m + " × " + n + " floats)");
    }

    private String readCString(int i) throws IOException {
        long start = pos;
        long end = start;
        long size = data.byteSize();
        while (end < size && data.get(ValueLayout.JAVA_BYTE, end) != 0) {
            end++;
        }
        if (end >= size) {
            throw VectorFormatException.atOffset(Reason.TRUNCATED, file, start,
                    "file ends inside dictionary entry " + i);
        }
        byte[] b = data.asSlice(start, end - start).toArray(ValueLayout.JAVA_BYTE);
        pos = end + 1;
        return new String(b, StandardCharsets.UTF_8);
    }

    private int readInt(String what) throws IOException {
        need(4, what);
        int v = data.get(LE_INT, pos);
        pos += 4;
        return v;
    }

    private long readLong(String what) throws IOException {
        need(8, what);
        long v = data.get(LE_LONG, pos);
        pos += 8;
        return v;
    }

    private int readByte(String what) throws IOException {
        need(1, what);
        return data.get(ValueLayout.JAVA_BYTE, pos++);
    }

    private boolean readBool(String what) throws IOException {
        return readByte(what) != 0;
    }

    private void need(long bytes, String what) throws IOException {
        if (bytes < 0 || pos + bytes > data.byteSize()) {
            throw VectorFormatException.atOffset(Reason.TRUNCATED, file, pos,
                    "file ends inside the " + what + ": needs " + bytes + " bytes, " + (data.byteSize() - pos) + " left");
        }
    }
}
