package org.vwb.vocab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.sentencepiece.SpTokenizer;
import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.vocab.TokenizerFormatException.Reason;
import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto;
import org.vwb.vocab.spm.proto.SentencePieceModel.TrainerSpec;

class SentencePieceReadingTest {

    @TempDir
    Path dir;

    private Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("tokenizer.model"), bytes);
    }

    @Test
    void readsIdsKindsScoresAndByteFallback() throws IOException {
        Vocabulary v = Vocabulary.readSentencePiece(write(SpmFixtures.tinyBpe().build().toByteArray()));
        assertEquals(TokenizerKind.SENTENCEPIECE_BPE, v.kind());
        assertEquals(3 + 256 + SpmFixtures.PIECES.length, v.size());
        assertTrue(v.byteFallback());
        assertEquals(new Token(0, "<unk>", TokenKind.UNKNOWN, 0f), v.tokens().get(0));
        assertEquals(TokenKind.CONTROL, v.tokens().get(1).kind());
        assertEquals(new Token(3 + 0x41, "<0x41>", TokenKind.BYTE, 0f), v.tokens().get(3 + 0x41));
        assertEquals(new Token(259 + 4, "▁hello", TokenKind.NORMAL, -4f), v.tokens().get(259 + 4));
        assertEquals(259 + 4, v.idOf("▁hello").orElseThrow());
    }

    @Test
    void decodedTextTurnsMetaspaceIntoSpaceAndLoneBytesIntoNothing() throws IOException {
        Vocabulary v = Vocabulary.readSentencePiece(write(SpmFixtures.tinyBpe().build().toByteArray()));
        assertEquals(" hello", v.decodedText(v.tokens().get(v.idOf("▁hello").orElseThrow())));
        assertEquals("\n", v.decodedText(v.tokens().get(3 + 0x0A)));
        assertEquals("", v.decodedText(v.tokens().get(3 + 0xE4)));
        assertEquals("中", v.decodedText(v.tokens().get(v.idOf("中").orElseThrow())));
        assertEquals("<s>", v.decodedText(v.tokens().get(1)));
    }

    @Test
    void readDispatchesOnContent() throws IOException {
        Path model = write(SpmFixtures.tinyBpe().build().toByteArray());
        assertEquals(TokenizerKind.SENTENCEPIECE_BPE, Vocabulary.read(model).kind());
    }

    @Test
    void unknownFieldsSurviveAParseAndReserialize() throws IOException {
        ModelProto.Builder b = SpmFixtures.tinyBpe();
        // A field number this schema does not declare, as a newer SentencePiece could write.
        b.setUnknownFields(UnknownFieldSet.newBuilder()
                .addField(77, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8("future")).build())
                .build());
        byte[] original = b.build().toByteArray();
        ModelProto reread = org.vwb.vocab.internal.SentencePieceVocabularyReader.parse(write(original));
        assertArrayEquals(original, reread.toByteArray());
    }

    @Test
    void readRejectsRandomBytes() throws IOException {
        byte[] garbage = new byte[1000];
        new Random(7).nextBytes(garbage);
        TokenizerFormatException e = assertThrows(TokenizerFormatException.class,
                () -> Vocabulary.readSentencePiece(write(garbage)));
        assertEquals(Reason.NOT_A_MODEL_PROTO, e.reason());
        assertTrue(e.getMessage().contains("tokenizer.model"), e.getMessage());
    }

    @Test
    void readRejectsATruncatedModel() throws IOException {
        byte[] full = SpmFixtures.tinyBpe().build().toByteArray();
        TokenizerFormatException e = assertThrows(TokenizerFormatException.class,
                () -> Vocabulary.readSentencePiece(write(Arrays.copyOf(full, full.length / 2 + 3))));
        assertEquals(Reason.NOT_A_MODEL_PROTO, e.reason());
    }

    @Test
    void readRejectsBytesThatParseButHoldNoPieces() throws IOException {
        // A valid protobuf holding only a trainer_spec: protobuf accepts it, SentencePiece would not.
        byte[] bytes = ModelProto.newBuilder().setTrainerSpec(TrainerSpec.newBuilder().setVocabSize(5)).build().toByteArray();
        TokenizerFormatException e = assertThrows(TokenizerFormatException.class, () -> Vocabulary.readSentencePiece(write(bytes)));
        assertEquals(Reason.NOT_A_MODEL_PROTO, e.reason());
        assertTrue(e.getMessage().contains("pieces"), e.getMessage());
    }

    @Test
    void readRejectsDuplicatePieces() throws IOException {
        ModelProto.Builder b = SpmFixtures.tinyBpe();
        b.addPieces(SpmFixtures.piece("▁hello", -99, ModelProto.SentencePiece.Type.NORMAL));
        TokenizerFormatException e = assertThrows(TokenizerFormatException.class,
                () -> Vocabulary.readSentencePiece(write(b.build().toByteArray())));
        assertEquals(Reason.DUPLICATE_PIECE, e.reason());
        assertTrue(e.getMessage().contains("'▁hello'") && e.getMessage().contains("pieces[263]"), e.getMessage());
    }

    @Test
    void readRejectsWordModels() throws IOException {
        ModelProto.Builder b = SpmFixtures.tinyBpe();
        b.getTrainerSpecBuilder().setModelType(TrainerSpec.ModelType.WORD);
        TokenizerFormatException e = assertThrows(TokenizerFormatException.class,
                () -> Vocabulary.readSentencePiece(write(b.build().toByteArray())));
        assertEquals(Reason.UNKNOWN_MODEL_TYPE, e.reason());
    }

    @Test
    void readRejectsAnUnkIdOutOfRange() throws IOException {
        ModelProto.Builder b = SpmFixtures.tinyBpe();
        b.getTrainerSpecBuilder().setUnkId(5000);
        TokenizerFormatException e = assertThrows(TokenizerFormatException.class,
                () -> Vocabulary.readSentencePiece(write(b.build().toByteArray())));
        assertEquals(Reason.INVALID_FIELD, e.reason());
    }

    /// The schema in this module is hand-written: the real SentencePiece library must read what it
    /// writes, with the same pieces at the same ids.
    @Test
    void realSentencePieceAgreesWithTheSchema() throws IOException {
        ModelProto model = SpmFixtures.tinyBpe().build();
        Vocabulary v = Vocabulary.readSentencePiece(write(model.toByteArray()));
        try (SpTokenizer sp = new SpTokenizer(model.toByteArray())) {
            for (Token t : v.tokens()) {
                assertEquals(t.piece(), sp.getProcessor().getToken(t.id()));
            }
            int[] ids = sp.getProcessor().encode("hello world 中文");
            List<String> pieces = Arrays.stream(ids).mapToObj(i -> v.tokens().get(i).piece()).toList();
            // 文 is not a piece: byte fallback spells it E6 96 87.
            assertEquals(List.of("▁hello", "▁world", "▁", "中", "<0xE6>", "<0x96>", "<0x87>"), pieces);
            assertEquals("hello world 中文", sp.getProcessor().decode(ids));
        }
        assertFalse(v.tokens().isEmpty());
    }
}
