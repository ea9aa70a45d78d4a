package org.vwb.safetensors;

import java.util.Arrays;
import java.util.Objects;

/// One header entry: a tensor's name, dtype, shape and byte range relative to the start of the data
/// section (the byte after the header), as the format defines `data_offsets`.
///
/// @param name  tensor name, e.g. `model.embed_tokens.weight`
/// @param dtype element type
/// @param shape dimensions, outermost first; empty for a scalar
/// @param begin first byte, relative to the data section
/// @param end   one past the last byte, relative to the data section
public record TensorInfo(String name, DType dtype, long[] shape, long begin, long end) {

    /// Copies the shape and checks the simple invariants; the cross-tensor checks live in the parser.
    public TensorInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dtype, "dtype");
        shape = shape.clone();
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("tensor '" + name + "': bad data_offsets [" + begin + ", " + end + "]");
        }
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /// Number of elements (1 for a scalar). Assumes a validated header (no overflow).
    public long elementCount() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /// Byte length of the data, `end - begin`.
    public long byteLength() {
        return end - begin;
    }

    /// The number of dimensions.
    public int rank() {
        return shape.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorInfo t && name.equals(t.name) && dtype == t.dtype
                && Arrays.equals(shape, t.shape) && begin == t.begin && end == t.end;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dtype, Arrays.hashCode(shape), begin, end);
    }

    @Override
    public String toString() {
        return name + " " + dtype.wireName() + Arrays.toString(shape) + " [" + begin + ", " + end + ")";
    }
}
