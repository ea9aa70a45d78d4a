package org.vwb.safetensors;

/// Scalar f32 ↔ bf16/f16 conversions, the reference the bulk paths are tested against.
///
/// BF16 is the upper half of an IEEE f32. Encoding rounds to nearest, ties to even, as PyTorch does;
/// NaN stays a (quiet) NaN and never rounds to infinity. F16 uses the JDK's `Float.floatToFloat16`.
public final class Conversions {
    private Conversions() {
    }

    /// Decodes a bf16 bit pattern.
    public static float bf16ToF32(short bits) {
        return Float.intBitsToFloat((bits & 0xFFFF) << 16);
    }

    /// Encodes to bf16, round to nearest even.
    public static short f32ToBf16(float value) {
        int bits = Float.floatToRawIntBits(value);
        if ((bits & 0x7FFFFFFF) > 0x7F800000) { // NaN: keep sign, force a quiet payload
            return (short) ((bits >>> 16) | 0x0040);
        }
        int lsb = (bits >>> 16) & 1;
        int rounded = bits + 0x7FFF + lsb; // ties to even
        return (short) (rounded >>> 16);
    }

    /// Decodes an f16 bit pattern.
    public static float f16ToF32(short bits) {
        return Float.float16ToFloat(bits);
    }

    /// Encodes to f16, round to nearest even (JDK semantics).
    public static short f32ToF16(float value) {
        return Float.floatToFloat16(value);
    }
}
