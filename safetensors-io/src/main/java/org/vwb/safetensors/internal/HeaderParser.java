package org.vwb.safetensors.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vwb.safetensors.SafetensorsFormatException;
import org.vwb.safetensors.SafetensorsFormatException.Reason;
import org.vwb.safetensors.SafetensorsHeader;
import org.vwb.safetensors.TensorInfo;

/// The pure header parser: bytes in, validated [SafetensorsHeader] out. Never touches the file system.
///
/// The checks follow the reference reader (`read_metadata`, `Metadata::validate`), plus duplicate-key
/// rejection, which the format requires but serde does not enforce.
public final class HeaderParser {

    /// The reference reader's `MAX_HEADER_SIZE`.
    public static final long MAX_HEADER_SIZE = 100_000_000L;
    static final String METADATA_KEY = "__metadata__";
    private static final ValueLayout.OfLong LE_LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private HeaderParser() {
    }

    /// Parses a whole file held in `file` (a mapping, or `MemorySegment.ofArray(bytes)` in tests).
    public static SafetensorsHeader parse(MemorySegment file, String label) throws SafetensorsFormatException {
        return parse(file, file.byteSize(), label);
    }

    /// Parses the header at the start of `prefix`, for a file of `fileSize` bytes.
    ///
    /// `prefix` must hold at least the 8-byte length and the header (or the whole file when shorter);
    /// the data section is checked only by length against `fileSize`.
    ///
    /// @param label the file name for messages, or `null`
    public static SafetensorsHeader parse(MemorySegment prefix, long fileSize, String label)
            throws SafetensorsFormatException {
        Messages m = new Messages(label);
        long n = headerLength(prefix, fileSize, m);
        long dataStart = 8 + n; // cannot overflow: n <= MAX_HEADER_SIZE
        if (prefix.byteSize() < dataStart) {
            throw new IllegalArgumentException("prefix holds " + prefix.byteSize() + " bytes, header needs " + dataStart);
        }
        Map<?, ?> root = readJson(prefix.asSlice(8, n).toArray(ValueLayout.JAVA_BYTE), m);
        Map<String, String> metadata = new LinkedHashMap<>();
        List<TensorInfo> tensors = new ArrayList<>();
        for (Map.Entry<?, ?> e : root.entrySet()) {
            if (e.getKey().equals(METADATA_KEY)) {
                readMetadata(e.getValue(), metadata, m);
            } else {
                tensors.add(TensorEntries.read((String) e.getKey(), e.getValue(), m));
            }
        }
        tensors.sort(Comparator.comparingLong(TensorInfo::begin).thenComparingLong(TensorInfo::end)
                .thenComparing(TensorInfo::name));
        long dataLength = TensorEntries.validateLayout(tensors, m);
        checkDataLength(dataLength, fileSize - dataStart, m);
        return new SafetensorsHeader(metadata, tensors, dataStart);
    }

    /// Reads and checks the 8-byte little-endian header length.
    static long headerLength(MemorySegment prefix, long fileSize, Messages m) throws SafetensorsFormatException {
        if (fileSize < 8 || prefix.byteSize() < 8) {
            throw m.fail(Reason.HEADER_TOO_SMALL, "file is " + fileSize + " bytes, shorter than the 8-byte header length");
        }
        long n = prefix.get(LE_LONG, 0);
        if (n < 0 || n > MAX_HEADER_SIZE) { // n < 0: an unsigned value above 2^63
            throw m.fail(Reason.HEADER_TOO_LARGE, "header length " + Long.toUnsignedString(n)
                    + " exceeds the limit of " + MAX_HEADER_SIZE + " bytes");
        }
        if (8 + n > fileSize) {
            throw m.fail(Reason.HEADER_OUT_OF_BOUNDS, "header length " + n + " needs " + (8 + n)
                    + " bytes but the file is " + fileSize + " bytes");
        }
        return n;
    }

    private static Map<?, ?> readJson(byte[] bytes, Messages m) throws SafetensorsFormatException {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw m.fail(Reason.HEADER_NOT_UTF8, "header is not valid UTF-8 (" + e.getMessage() + ")");
        }
        Object root;
        try {
            root = JsonTree.parse(bytes);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            if (isDuplicateKey(e)) {
                throw m.fail(Reason.DUPLICATE_KEY, "header has a duplicate key: " + detail);
            }
            throw m.fail(Reason.HEADER_NOT_JSON, "header is not valid JSON: " + detail);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // parsing a byte[] does no I/O
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw m.fail(Reason.HEADER_NOT_JSON, "header is not a JSON object but " + JsonTree.typeName(root));
        }
        return map;
    }

    /// Jackson's `STRICT_DUPLICATE_DETECTION` reports a duplicate as a plain parse error; its message
    /// ("Duplicate Object property" / "Duplicate field") is the only way to tell. The tests pin it.
    static boolean isDuplicateKey(JsonProcessingException e) {
        String detail = e.getOriginalMessage();
        return detail != null && detail.startsWith("Duplicate ");
    }

    private static void readMetadata(Object node, Map<String, String> out, Messages m)
            throws SafetensorsFormatException {
        if (!(node instanceof Map<?, ?> map)) {
            throw m.fail(Reason.METADATA_NOT_STRINGS, METADATA_KEY + " is not an object of strings but "
                    + JsonTree.typeName(node));
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof String value)) {
                throw m.fail(Reason.METADATA_NOT_STRINGS, METADATA_KEY + " value of '" + e.getKey()
                        + "' is not a string: " + JsonTree.show(e.getValue()));
            }
            out.put((String) e.getKey(), value);
        }
    }

    private static void checkDataLength(long dataLength, long available, Messages m) throws SafetensorsFormatException {
        if (dataLength > available) {
            throw m.fail(Reason.TRUNCATED, "tensors need " + dataLength + " data bytes but the file holds "
                    + available + " after the header (truncated file, or offsets beyond its end)");
        }
        if (dataLength < available) {
            throw m.fail(Reason.TRAILING_BYTES, "tensors end at data byte " + dataLength + " but the file holds "
                    + available + " data bytes: " + (available - dataLength) + " trailing bytes");
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /// Builds exceptions whose message starts with the file name.
    record Messages(String label) {
        SafetensorsFormatException fail(Reason reason, String detail) {
            return new SafetensorsFormatException(reason, label == null ? detail : label + ": " + detail);
        }
    }
}
