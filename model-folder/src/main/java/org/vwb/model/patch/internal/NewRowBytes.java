package org.vwb.model.patch.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

import org.vwb.safetensors.Conversions;
import org.vwb.safetensors.DType;

/// The exact bytes an f32 row must have in a tensor's dtype (little-endian, round to nearest even), for
/// comparing written rows with the request's values bit for bit.
final class NewRowBytes {
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private NewRowBytes() {
    }

    /// `row` encoded to `dtype` (F32, F16, BF16 or F64).
    static MemorySegment encode(DType dtype, float[] row) {
        MemorySegment out = MemorySegment.ofArray(new byte[row.length * dtype.bytes()]);
        for (int i = 0; i < row.length; i++) {
            switch (dtype) {
                case F32 -> out.set(INT, 4L * i, Float.floatToRawIntBits(row[i]));
                case BF16 -> out.set(SHORT, 2L * i, Conversions.f32ToBf16(row[i]));
                case F16 -> out.set(SHORT, 2L * i, Conversions.f32ToF16(row[i]));
                case F64 -> out.set(LONG, 8L * i, Double.doubleToRawLongBits(row[i]));
                default -> throw new IllegalArgumentException(dtype.wireName() + " has no f32 encoding");
            }
        }
        return out;
    }
}
