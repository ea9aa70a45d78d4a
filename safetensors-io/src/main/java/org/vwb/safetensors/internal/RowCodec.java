package org.vwb.safetensors.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.vwb.safetensors.Conversions;
import org.vwb.safetensors.DType;

/// Bulk decode (dtype → f32) and encode (f32 → dtype) between memory segments and float arrays.
///
/// Scalar loops: 16-bit values are first bulk-copied into a short[] (a memcpy), then converted in a
/// plain loop the JIT vectorizes; no Vector API needed.
public final class RowCodec {
    static final ValueLayout.OfShort LE_SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfFloat LE_FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfDouble LE_DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final int CHUNK = 4096;

    private RowCodec() {
    }

    /// Decodes `count` elements of `dtype` at byte `srcOffset` of `src` into `dst[dstIndex ..]`.
    ///
    /// @throws UnsupportedOperationException when `dtype` has no f32 conversion
    public static void decode(DType dtype, MemorySegment src, long srcOffset, float[] dst, int dstIndex, int count) {
        switch (dtype) {
            case F32 -> MemorySegment.copy(src, LE_FLOAT, srcOffset, dst, dstIndex, count);
            case BF16, F16 -> decode16(dtype == DType.BF16, src, srcOffset, dst, dstIndex, count);
            case F64 -> {
                for (int i = 0; i < count; i++) {
                    dst[dstIndex + i] = (float) src.get(LE_DOUBLE, srcOffset + 8L * i);
                }
            }
            default -> throw unsupported(dtype);
        }
    }

    /// Encodes `src[srcIndex .. srcIndex + count)` to `dtype` at byte `dstOffset` of `dst`.
    ///
    /// @throws UnsupportedOperationException when `dtype` has no f32 conversion
    public static void encode(DType dtype, float[] src, int srcIndex, int count, MemorySegment dst, long dstOffset) {
        switch (dtype) {
            case F32 -> MemorySegment.copy(src, srcIndex, dst, LE_FLOAT, dstOffset, count);
            case BF16, F16 -> encode16(dtype == DType.BF16, src, srcIndex, count, dst, dstOffset);
            case F64 -> {
                for (int i = 0; i < count; i++) {
                    dst.set(LE_DOUBLE, dstOffset + 8L * i, src[srcIndex + i]);
                }
            }
            default -> throw unsupported(dtype);
        }
    }

    private static void decode16(boolean bf16, MemorySegment src, long srcOffset, float[] dst, int dstIndex, int count) {
        short[] scratch = new short[Math.min(CHUNK, count)];
        for (int done = 0; done < count; done += scratch.length) {
            int n = Math.min(scratch.length, count - done);
            MemorySegment.copy(src, LE_SHORT, srcOffset + 2L * done, scratch, 0, n);
            int base = dstIndex + done;
            if (bf16) {
                for (int i = 0; i < n; i++) {
                    dst[base + i] = Float.intBitsToFloat(scratch[i] << 16);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    dst[base + i] = Float.float16ToFloat(scratch[i]);
                }
            }
        }
    }

    private static void encode16(boolean bf16, float[] src, int srcIndex, int count, MemorySegment dst, long dstOffset) {
        short[] scratch = new short[Math.min(CHUNK, count)];
        for (int done = 0; done < count; done += scratch.length) {
            int n = Math.min(scratch.length, count - done);
            int base = srcIndex + done;
            for (int i = 0; i < n; i++) {
                scratch[i] = bf16 ? Conversions.f32ToBf16(src[base + i]) : Float.floatToFloat16(src[base + i]);
            }
            MemorySegment.copy(scratch, 0, dst, LE_SHORT, dstOffset + 2L * done, n);
        }
    }

    private static UnsupportedOperationException unsupported(DType dtype) {
        return new UnsupportedOperationException(dtype.wireName() + " has no f32 conversion");
    }
}
