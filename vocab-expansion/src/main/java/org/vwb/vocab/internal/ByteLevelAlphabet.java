package org.vwb.vocab.internal;

/// GPT-2's byte-level alphabet: every byte maps to a printable character so that byte-level BPE
/// vocabularies are valid JSON strings. Printable Latin-1 bytes map to themselves; the remaining 68
/// bytes map, in byte order, to U+0100, U+0101, … (so space 0x20 is `Ġ` U+0120).
public final class ByteLevelAlphabet {

    private static final char[] BYTE_TO_CHAR = new char[256];
    private static final int[] CHAR_TO_BYTE = new int[0x200];

    static {
        java.util.Arrays.fill(CHAR_TO_BYTE, -1);
        int next = 0;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            char c = printable ? (char) b : (char) (0x100 + next++);
            BYTE_TO_CHAR[b] = c;
            CHAR_TO_BYTE[c] = b;
        }
    }

    private ByteLevelAlphabet() {
    }

    /// The character that stands for byte `b` (0–255).
    public static char charOf(int b) {
        return BYTE_TO_CHAR[b & 0xFF];
    }

    /// The byte that `codePoint` stands for, or -1 when it is not in the alphabet.
    public static int byteOf(int codePoint) {
        return codePoint >= 0 && codePoint < CHAR_TO_BYTE.length ? CHAR_TO_BYTE[codePoint] : -1;
    }
}
