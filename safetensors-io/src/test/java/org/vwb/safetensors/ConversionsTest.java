package org.vwb.safetensors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.vwb.safetensors.internal.RowCodec;

/// Exact bit patterns for bf16/f16, and the bulk paths against the scalar reference.
class ConversionsTest {

    private static short bf16(int f32Bits) {
        return Conversions.f32ToBf16(Float.intBitsToFloat(f32Bits));
    }

    @Test
    void bf16EncodesExactValuesUnchanged() {
        assertEquals((short) 0x3F80, bf16(0x3F800000)); // 1.0
        assertEquals((short) 0xC020, bf16(0xC0200000)); // -2.5
        assertEquals((short) 0x0001, bf16(0x00010000)); // smallest bf16 subnormal
        assertEquals((short) 0x7F7F, bf16(0x7F7F0000)); // largest finite bf16
        assertEquals((short) 0x7F80, bf16(0x7F800000)); // +inf
        assertEquals((short) 0xFF80, bf16(0xFF800000)); // -inf
        assertEquals((short) 0x8000, bf16(0x80000000)); // -0
    }

    @Test
    void bf16RoundsToNearestTiesToEven() {
        assertEquals((short) 0x3F80, bf16(0x3F808000)); // tie, lower is even: down
        assertEquals((short) 0x3F82, bf16(0x3F818000)); // tie, lower is odd: up
        assertEquals((short) 0x3F81, bf16(0x3F808001)); // above the tie: up
        assertEquals((short) 0x3F80, bf16(0x3F807FFF)); // below the tie: down
        assertEquals((short) 0x0000, bf16(0x00000001)); // smallest f32 subnormal rounds to +0
        assertEquals((short) 0x7F80, bf16(0x7F7FFFFF)); // f32 max rounds up to inf, as PyTorch
    }

    @Test
    void bf16KeepsNanAQuietNanWithItsSign() {
        assertEquals((short) 0x7FC0, bf16(0x7FC00000));
        assertEquals((short) 0x7FC0, bf16(0x7F800001)); // signalling NaN, low payload: must not become inf
        assertEquals((short) 0xFFC0, bf16(0xFF800001));
        assertTrue(Float.isNaN(Conversions.bf16ToF32(bf16(0x7FFFFFFF))));
    }

    @Test
    void bf16DecodesByShifting() {
        assertEquals(1.0f, Conversions.bf16ToF32((short) 0x3F80));
        assertEquals(-2.5f, Conversions.bf16ToF32((short) 0xC020));
        assertEquals(Float.intBitsToFloat(0x00010000), Conversions.bf16ToF32((short) 0x0001));
        assertEquals(Float.intBitsToFloat(0x7F7F0000), Conversions.bf16ToF32((short) 0x7F7F));
        assertEquals(Float.POSITIVE_INFINITY, Conversions.bf16ToF32((short) 0x7F80));
        assertTrue(Float.isNaN(Conversions.bf16ToF32((short) 0x7FC1)));
    }

    @Test
    void f16MatchesIeeeHalfPrecision() {
        assertEquals((short) 0x3C00, Conversions.f32ToF16(1.0f));
        assertEquals((short) 0xC100, Conversions.f32ToF16(-2.5f));
        assertEquals((short) 0x7BFF, Conversions.f32ToF16(65504f)); // max
        assertEquals((short) 0x7C00, Conversions.f32ToF16(65520f)); // tie above max rounds to inf
        assertEquals((short) 0x0001, Conversions.f32ToF16(0x1p-24f)); // smallest subnormal
        assertEquals((short) 0x0000, Conversions.f32ToF16(0x1p-25f)); // tie to even: 0
        assertEquals((short) 0x3C00, Conversions.f32ToF16(Float.intBitsToFloat(0x3F801000))); // tie: down to even
        assertEquals((short) 0x3C02, Conversions.f32ToF16(Float.intBitsToFloat(0x3F803000))); // tie: up to even
        assertEquals((short) 0x7C00, Conversions.f32ToF16(Float.POSITIVE_INFINITY));
        assertEquals(0x1p-24f, Conversions.f16ToF32((short) 0x0001));
        assertEquals(65504f, Conversions.f16ToF32((short) 0x7BFF));
        assertTrue(Float.isNaN(Conversions.f16ToF32(Conversions.f32ToF16(Float.NaN))));
    }

    @Test
    void bulkDecodeAgreesWithTheScalarReferenceForEvery16BitPattern() {
        MemorySegment all = MemorySegment.ofArray(new byte[65536 * 2 + 1]).asSlice(1); // unaligned on purpose
        for (int i = 0; i < 65536; i++) {
            all.set(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 2L * i, (short) i);
        }
        float[] bf = new float[65536];
        float[] half = new float[65536];
        RowCodec.decode(DType.BF16, all, 0, bf, 0, 65536);
        RowCodec.decode(DType.F16, all, 0, half, 0, 65536);
        for (int i = 0; i < 65536; i++) {
            assertEquals(Float.floatToRawIntBits(Conversions.bf16ToF32((short) i)), Float.floatToRawIntBits(bf[i]));
            assertEquals(Float.floatToRawIntBits(Conversions.f16ToF32((short) i)), Float.floatToRawIntBits(half[i]));
        }
    }

    @Test
    void bulkEncodeAgreesWithTheScalarReference() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        float[] src = new float[10_000];
        for (int i = 0; i < src.length; i++) {
            src[i] = Float.intBitsToFloat(rnd.nextInt());
        }
        MemorySegment bf = MemorySegment.ofArray(new byte[src.length * 2]);
        MemorySegment half = MemorySegment.ofArray(new byte[src.length * 2]);
        RowCodec.encode(DType.BF16, src, 0, src.length, bf, 0);
        RowCodec.encode(DType.F16, src, 0, src.length, half, 0);
        var le = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < src.length; i++) {
            assertEquals(Conversions.f32ToBf16(src[i]), bf.get(le, 2L * i));
            assertEquals(Conversions.f32ToF16(src[i]), half.get(le, 2L * i));
        }
    }
}
