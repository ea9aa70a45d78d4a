package org.vwb.safetensors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.safetensors.internal.HeaderParser;

/// Fuzz-style: whatever the bytes, the parser either accepts them or throws [SafetensorsFormatException].
class HeaderFuzzTest {
    private static final String JSON_PIECES = "{}[]\":,0123456789-.eE tfnul\\ FBUI_aAsdhpeoftym";

    @TempDir
    Path dir;

    private static void parseOnlyFailsWithFormatException(byte[] bytes, String what) {
        try {
            SafetensorsHeader h = HeaderParser.parse(MemorySegment.ofArray(bytes), "fuzz");
            assertTrue(h.dataStart() + h.dataLength() == bytes.length, what + ": accepted but lengths disagree");
        } catch (SafetensorsFormatException expected) {
            assertTrue(expected.getMessage().startsWith("fuzz: "), expected.getMessage());
        } catch (RuntimeException | Error e) {
            fail(what + ": " + e, e);
        }
    }

    @Test
    void randomBytesOnlyEverGiveAFormatException() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int c = 0; c < 10_000; c++) {
            byte[] bytes = new byte[rnd.nextInt(0, 64)];
            rnd.nextBytes(bytes);
            if (bytes.length >= 8 && rnd.nextBoolean()) { // a plausible length, so the JSON parser is reached
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(0, rnd.nextInt(0, bytes.length - 7));
                for (int i = 8; i < bytes.length; i++) {
                    bytes[i] = (byte) JSON_PIECES.charAt(rnd.nextInt(JSON_PIECES.length()));
                }
            }
            parseOnlyFailsWithFormatException(bytes, "random case " + c);
        }
    }

    @Test
    void mutationsOfAValidFileOnlyEverGiveAFormatException() throws Exception {
        Path valid = dir.resolve("valid.safetensors");
        SafetensorsWriter.create()
                .add("a.weight", DType.BF16, new long[] {2, 3}, TensorData.of(new byte[12]))
                .add("b", DType.F32, new long[] {2}, TensorData.of(new byte[8]))
                .add("c", DType.U8, new long[] {3}, TensorData.of(new byte[3]))
                .write(valid);
        byte[] original = Files.readAllBytes(valid);
        int headerEnd = original.length - 23;
        byte[] tokens = "{}[]\":,0123456789-".getBytes(StandardCharsets.US_ASCII);
        SplittableRandom rnd = new SplittableRandom(2);
        for (int c = 0; c < 10_000; c++) {
            byte[] bytes = original.clone();
            int edits = rnd.nextInt(1, 4);
            for (int e = 0; e < edits; e++) {
                int at = rnd.nextInt(0, headerEnd);
                switch (rnd.nextInt(4)) {
                    case 0 -> bytes[at] = (byte) rnd.nextInt(256);
                    case 1 -> bytes[at] = tokens[rnd.nextInt(tokens.length)];
                    case 2 -> bytes[at] ^= (byte) (1 << rnd.nextInt(8));
                    default -> bytes = java.util.Arrays.copyOf(bytes, rnd.nextInt(0, bytes.length + 8));
                }
                if (bytes.length <= headerEnd) {
                    break;
                }
            }
            parseOnlyFailsWithFormatException(bytes, "mutation case " + c);
        }
    }
}
