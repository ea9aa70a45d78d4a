package org.vwb.safetensors.internal;

import java.util.List;
import java.util.Map;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.SafetensorsFormatException;
import org.vwb.safetensors.SafetensorsFormatException.Reason;
import org.vwb.safetensors.TensorInfo;

/// Reads one tensor entry of the header and validates the layout of all of them.
final class TensorEntries {

    private TensorEntries() {
    }

    /// Reads `{"dtype": "...", "shape": [...], "data_offsets": [begin, end]}`; other fields are ignored,
    /// as the reference reader ignores them.
    static TensorInfo read(String name, Object node, HeaderParser.Messages m) throws SafetensorsFormatException {
        String where = "tensor '" + name + "': ";
        if (!(node instanceof Map<?, ?> entry)) {
            throw m.fail(Reason.INVALID_TENSOR_ENTRY, where + "entry is not an object but " + JsonTree.show(node));
        }
        if (!(entry.get("dtype") instanceof String dtypeName)) {
            throw m.fail(Reason.INVALID_TENSOR_ENTRY, where + "'dtype' is missing or not a string");
        }
        DType dtype = DType.fromWireName(dtypeName);
        if (dtype == null) {
            throw m.fail(Reason.UNKNOWN_DTYPE, where + "unknown dtype '" + HeaderParser.abbreviate(dtypeName) + "'");
        }
        long[] shape = longs(entry.get("shape"), "shape", -1, where, m);
        long[] offsets = longs(entry.get("data_offsets"), "data_offsets", 2, where, m);
        if (offsets[1] < offsets[0]) {
            throw m.fail(Reason.OFFSETS_NOT_CONTIGUOUS, where + "data_offsets [" + offsets[0] + ", " + offsets[1]
                    + "] end before they begin");
        }
        return new TensorInfo(name, dtype, shape, offsets[0], offsets[1]);
    }

    private static long[] longs(Object node, String field, int expectedSize, String where, HeaderParser.Messages m)
            throws SafetensorsFormatException {
        if (!(node instanceof List<?> list) || (expectedSize >= 0 && list.size() != expectedSize)) {
            throw m.fail(Reason.INVALID_TENSOR_ENTRY, where + "'" + field + "' is missing or not an array"
                    + (expectedSize >= 0 ? " of " + expectedSize + " integers" : " of integers"));
        }
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Long v) || v < 0) {
                throw m.fail(Reason.INVALID_TENSOR_ENTRY, where + "'" + field + "' holds "
                        + JsonTree.show(list.get(i)) + ", not a non-negative 64-bit integer");
            }
            out[i] = v;
        }
        return out;
    }

    /// Checks the tensors (sorted by begin) the way `Metadata::validate` does and returns the data length.
    static long validateLayout(List<TensorInfo> sorted, HeaderParser.Messages m) throws SafetensorsFormatException {
        long previousEnd = 0;
        String previous = null;
        for (TensorInfo t : sorted) {
            String where = "tensor '" + t.name() + "': ";
            if (t.begin() != previousEnd) {
                throw m.fail(Reason.OFFSETS_NOT_CONTIGUOUS, where + "data_offsets [" + t.begin() + ", " + t.end()
                        + "] but " + (previous == null ? "the data section starts at 0"
                        : "previous tensor '" + previous + "' ended at " + previousEnd));
            }
            long expected = expectedBytes(t, where, m);
            if (expected != t.byteLength()) {
                throw m.fail(Reason.SIZE_MISMATCH, where + t.dtype().wireName() + java.util.Arrays.toString(t.shape())
                        + " needs " + expected + " bytes but data_offsets [" + t.begin() + ", " + t.end()
                        + "] span " + t.byteLength());
            }
            previousEnd = t.end();
            previous = t.name();
        }
        return previousEnd;
    }

    private static long expectedBytes(TensorInfo t, String where, HeaderParser.Messages m)
            throws SafetensorsFormatException {
        long bits;
        try {
            long elements = 1;
            for (long d : t.shape()) {
                elements = Math.multiplyExact(elements, d);
            }
            bits = Math.multiplyExact(elements, (long) t.dtype().bits());
        } catch (ArithmeticException e) {
            throw m.fail(Reason.SHAPE_OVERFLOW, where + "shape " + java.util.Arrays.toString(t.shape())
                    + " of " + t.dtype().wireName() + " overflows a 64-bit size");
        }
        if (bits % 8 != 0) {
            throw m.fail(Reason.SUBBYTE_MISALIGNED, where + t.dtype().wireName()
                    + java.util.Arrays.toString(t.shape()) + " is " + bits + " bits, not a whole number of bytes");
        }
        return bits / 8;
    }
}
