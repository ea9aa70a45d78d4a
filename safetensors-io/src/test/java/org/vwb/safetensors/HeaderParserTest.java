package org.vwb.safetensors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vwb.safetensors.SafetensorsFormatException.Reason;
import org.vwb.safetensors.internal.HeaderParser;

/// One test per [Reason] of a single file, each from hand-made bytes, plus the accepted edge cases.
class HeaderParserTest {

    private static SafetensorsHeader parse(byte[] bytes) throws SafetensorsFormatException {
        return HeaderParser.parse(MemorySegment.ofArray(bytes), "model.safetensors");
    }

    private static SafetensorsFormatException rejected(Reason reason, byte[] bytes) {
        SafetensorsFormatException e = assertThrows(SafetensorsFormatException.class, () -> parse(bytes));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith("model.safetensors: "), e.getMessage());
        return e;
    }

    @Test
    void parsesAValidHeaderWithMetadataAndTwoTensors() throws Exception {
        String h = "{\"__metadata__\":{\"format\":\"pt\"},"
                + "\"b\":{\"dtype\":\"BF16\",\"shape\":[2,2],\"data_offsets\":[16,24]},"
                + "\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}";
        SafetensorsHeader header = parse(Bytes.file(h, 24));
        assertEquals("pt", header.metadata().get("format"));
        assertEquals(List.of("a", "b"), header.tensors().stream().map(TensorInfo::name).toList());
        assertEquals(8 + h.length(), header.dataStart());
        assertEquals(24, header.dataLength());
    }

    @Test
    void acceptsLeadingAndTrailingJsonWhitespaceAndAnEmptyHeader() throws Exception {
        assertEquals(0, parse(Bytes.file(" \t\n{}\r\n    ", 0)).tensors().size());
    }

    @Test
    void acceptsZeroSizedTensorsSharingAnOffset() throws Exception {
        String h = "{\"e\":{\"dtype\":\"F32\",\"shape\":[0,3],\"data_offsets\":[0,0]},"
                + "\"f\":{\"dtype\":\"F16\",\"shape\":[0],\"data_offsets\":[0,0]},"
                + "\"s\":{\"dtype\":\"I8\",\"shape\":[],\"data_offsets\":[0,1]}}";
        assertEquals(3, parse(Bytes.file(h, 1)).tensors().size());
    }

    @Test
    void parseRejectsFewerThanEightBytes() {
        rejected(Reason.HEADER_TOO_SMALL, new byte[] {2, 0, 0, 0});
    }

    @Test
    void parseRejectsAHeaderLengthAboveTheCap() {
        rejected(Reason.HEADER_TOO_LARGE, Bytes.raw(100_000_001L, new byte[0], new byte[0]));
        rejected(Reason.HEADER_TOO_LARGE, Bytes.raw(-1L, new byte[0], new byte[0])); // 2^64 - 1 unsigned
    }

    @Test
    void parseRejectsAHeaderLengthBeyondTheFile() {
        var e = rejected(Reason.HEADER_OUT_OF_BOUNDS, Bytes.raw(60, "{}".getBytes(), new byte[0]));
        assertTrue(e.getMessage().contains("header length 60 needs 68 bytes but the file is 10 bytes"), e.getMessage());
    }

    @Test
    void parseRejectsAHeaderThatIsNotUtf8() {
        rejected(Reason.HEADER_NOT_UTF8, Bytes.file(new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1', '}'}, 0));
    }

    @Test
    void parseRejectsAHeaderThatIsNotJson() {
        rejected(Reason.HEADER_NOT_JSON, Bytes.file("{\"a\":", 0));
        rejected(Reason.HEADER_NOT_JSON, Bytes.file("[1,2]", 0));
        rejected(Reason.HEADER_NOT_JSON, Bytes.file("{} {}", 0));
        rejected(Reason.HEADER_NOT_JSON, Bytes.file("", 0));
        rejected(Reason.HEADER_NOT_JSON, Bytes.file("[".repeat(5000) + "]".repeat(5000), 0)); // nesting limit
        rejected(Reason.HEADER_NOT_JSON, Bytes.file("{\"w\":NaN}", 0));
    }

    @Test
    void parseRejectsDuplicateTensorKeys() {
        String t = "{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]}";
        var e = rejected(Reason.DUPLICATE_KEY, Bytes.file("{\"w\":" + t + ",\"w\":" + t + "}", 1));
        assertTrue(e.getMessage().contains("'w'"), e.getMessage());
    }

    @Test
    void parseRejectsDuplicateKeysInsideMetadata() {
        rejected(Reason.DUPLICATE_KEY, Bytes.file("{\"__metadata__\":{\"k\":\"1\",\"k\":\"2\"}}", 0));
    }

    @Test
    void parseRejectsMetadataValuesThatAreNotStrings() {
        var e = rejected(Reason.METADATA_NOT_STRINGS, Bytes.file("{\"__metadata__\":{\"step\":3}}", 0));
        assertTrue(e.getMessage().contains("'step'"), e.getMessage());
        rejected(Reason.METADATA_NOT_STRINGS, Bytes.file("{\"__metadata__\":[]}", 0));
    }

    @Test
    void parseRejectsTensorEntriesOfTheWrongShape() {
        rejected(Reason.INVALID_TENSOR_ENTRY, Bytes.file("{\"w\":7}", 0));
        rejected(Reason.INVALID_TENSOR_ENTRY, Bytes.file("{\"w\":{\"shape\":[1],\"data_offsets\":[0,1]}}", 1));
        rejected(Reason.INVALID_TENSOR_ENTRY, Bytes.file("{\"w\":{\"dtype\":\"U8\",\"shape\":[-1],\"data_offsets\":[0,1]}}", 1));
        rejected(Reason.INVALID_TENSOR_ENTRY, Bytes.file("{\"w\":{\"dtype\":\"U8\",\"shape\":[1.5],\"data_offsets\":[0,1]}}", 1));
        rejected(Reason.INVALID_TENSOR_ENTRY, Bytes.file("{\"w\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1,2]}}", 1));
        rejected(Reason.INVALID_TENSOR_ENTRY,
                Bytes.file("{\"w\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,18446744073709551616]}}", 1));
    }

    @Test
    void parseRejectsAnUnknownDtype() {
        var e = rejected(Reason.UNKNOWN_DTYPE, Bytes.file("{\"w\":{\"dtype\":\"F128\",\"shape\":[1],\"data_offsets\":[0,16]}}", 16));
        assertTrue(e.getMessage().contains("tensor 'w': unknown dtype 'F128'"), e.getMessage());
    }

    @Test
    void parseRejectsAShapeWhoseSizeOverflows() {
        // the reference's test_validation_overflow: [2, 2^64 - 2] does not fit; here [2, 2^63 - 1]
        rejected(Reason.SHAPE_OVERFLOW, Bytes.file(
                "{\"w\":{\"dtype\":\"I32\",\"shape\":[2,9223372036854775807],\"data_offsets\":[0,16]}}", 16));
        rejected(Reason.SHAPE_OVERFLOW, Bytes.file( // elements fit, bits do not
                "{\"w\":{\"dtype\":\"F64\",\"shape\":[1152921504606846976],\"data_offsets\":[0,16]}}", 16));
    }

    @Test
    void parseRejectsSubByteTensorsThatDoNotFillWholeBytes() {
        rejected(Reason.SUBBYTE_MISALIGNED, Bytes.file("{\"w\":{\"dtype\":\"F4\",\"shape\":[3],\"data_offsets\":[0,2]}}", 2));
    }

    @Test
    void acceptsSubByteTensorsThatFillWholeBytes() throws Exception {
        assertEquals(1, parse(Bytes.file("{\"w\":{\"dtype\":\"F6_E2M3\",\"shape\":[4],\"data_offsets\":[0,3]}}", 3))
                .tensors().size());
    }

    @Test
    void parseRejectsOffsetsWithAHoleNamingBothTensors() {
        String h = "{\"lm_head.weight\":{\"dtype\":\"U8\",\"shape\":[4096],\"data_offsets\":[4096,8192]},"
                + "\"embed\":{\"dtype\":\"U8\",\"shape\":[4000],\"data_offsets\":[0,4000]}}";
        var e = rejected(Reason.OFFSETS_NOT_CONTIGUOUS, Bytes.file(h, 8192));
        assertEquals("model.safetensors: tensor 'lm_head.weight': data_offsets [4096, 8192] but previous tensor"
                + " 'embed' ended at 4000", e.getMessage());
    }

    @Test
    void parseRejectsOverlappingOffsetsAsTheReferenceJsonAttackTestDoes() {
        StringBuilder h = new StringBuilder("{");
        for (int i = 0; i < 10; i++) {
            h.append(i == 0 ? "" : ",").append("\"t").append(i)
                    .append("\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}");
        }
        rejected(Reason.OFFSETS_NOT_CONTIGUOUS, Bytes.file(h.append('}').toString(), 16));
    }

    @Test
    void parseRejectsOffsetsThatDoNotStartAtZeroOrEndBeforeTheyBegin() {
        rejected(Reason.OFFSETS_NOT_CONTIGUOUS, Bytes.file("{\"w\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[1,2]}}", 2));
        rejected(Reason.OFFSETS_NOT_CONTIGUOUS, Bytes.file("{\"w\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[2,1]}}", 2));
    }

    @Test
    void parseRejectsASizeThatDisagreesWithShapeAndDtype() {
        var e = rejected(Reason.SIZE_MISMATCH, Bytes.file("{\"w\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,12]}}", 12));
        assertTrue(e.getMessage().contains("F32[2, 2] needs 16 bytes but data_offsets [0, 12] span 12"), e.getMessage());
    }

    @Test
    void parseRejectsTrailingBytesAfterTheLastTensor() {
        var e = rejected(Reason.TRAILING_BYTES, Bytes.file("{\"w\":{\"dtype\":\"U8\",\"shape\":[2],\"data_offsets\":[0,2]}}", 3));
        assertTrue(e.getMessage().contains("1 trailing bytes"), e.getMessage());
    }

    @Test
    void parseRejectsOffsetsBeyondTheEndOfTheFile() {
        var e = rejected(Reason.TRUNCATED, Bytes.file("{\"w\":{\"dtype\":\"F32\",\"shape\":[1024],\"data_offsets\":[0,4096]}}", 100));
        assertTrue(e.getMessage().contains("tensors need 4096 data bytes but the file holds 100"), e.getMessage());
    }

    @Test
    void parseWithoutALabelGivesABareMessage() {
        var e = assertThrows(SafetensorsFormatException.class,
                () -> HeaderParser.parse(MemorySegment.ofArray(new byte[3]), null));
        assertTrue(e.getMessage().startsWith("file is 3 bytes"), e.getMessage());
    }
}
