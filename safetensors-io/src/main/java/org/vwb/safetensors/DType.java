package org.vwb.safetensors;

/// Element types of the safetensors format, with their on-disk names and sizes in bits.
///
/// The list follows the reference implementation. F8 variants, the sub-byte float types (F4, F6_*) and
/// C64 are known so that files holding them open, validate and copy as opaque bytes; only F64, F32, F16
/// and BF16 convert to and from f32.
public enum DType {
    F64("F64", 64), F32("F32", 32), F16("F16", 16), BF16("BF16", 16),
    I64("I64", 64), I32("I32", 32), I16("I16", 16), I8("I8", 8),
    U64("U64", 64), U32("U32", 32), U16("U16", 16), U8("U8", 8), BOOL("BOOL", 8),
    F8_E4M3("F8_E4M3", 8), F8_E5M2("F8_E5M2", 8), F8_E8M0("F8_E8M0", 8),
    /// Complex number, two f32 (real, imaginary).
    C64("C64", 64),
    /// 4-bit float (E2M1); two elements per byte.
    F4("F4", 4),
    /// 6-bit float (E2M3); element counts must fill whole bytes.
    F6_E2M3("F6_E2M3", 6),
    /// 6-bit float (E3M2); element counts must fill whole bytes.
    F6_E3M2("F6_E3M2", 6);

    private final String wireName;
    private final int bits;

    DType(String wireName, int bits) {
        this.wireName = wireName;
        this.bits = bits;
    }

    /// The name used in the header's `dtype` field.
    public String wireName() {
        return wireName;
    }

    /// Size of one element in bits.
    public int bits() {
        return bits;
    }

    /// Size of one element in bytes; 0 for the sub-byte types (use [#bits()] for those).
    public int bytes() {
        return bits / 8;
    }

    /// The alignment the writer sorts by (descending): the element size in bytes, at least 1.
    public int alignment() {
        return Math.max(1, bits / 8);
    }

    /// Whether [TensorView] can convert this type to and from f32.
    public boolean isConvertibleToF32() {
        return this == F32 || this == F16 || this == BF16 || this == F64;
    }

    /// The dtype with header name `name`, or `null` when the name is unknown.
    public static DType fromWireName(String name) {
        for (DType d : values()) {
            if (d.wireName.equals(name)) {
                return d;
            }
        }
        return null;
    }
}
