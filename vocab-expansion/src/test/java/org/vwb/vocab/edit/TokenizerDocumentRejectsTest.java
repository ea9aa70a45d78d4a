package org.vwb.vocab.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.vocab.SpmFixtures;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerFormatException.Reason;
import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto.SentencePiece;

class TokenizerDocumentRejectsTest {

    @TempDir
    Path dir;

    private TokenizerFormatException modelError(byte[] bytes) throws IOException {
        Path f = dir.resolve("bad.model");
        Files.write(f, bytes);
        TokenizerFormatException e = assertThrows(TokenizerFormatException.class, () -> SentencePieceDocument.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        return e;
    }

    private TokenizerFormatException jsonError(String json) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        TokenizerFormatException e = assertThrows(TokenizerFormatException.class, () -> TokenizerJsonDocument.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        return e;
    }

    @Test
    void notAModelProto() throws IOException {
        assertEquals(Reason.NOT_A_MODEL_PROTO, modelError("hello, I am text".getBytes()).reason());
    }

    @Test
    void truncatedModel() throws IOException {
        byte[] whole = SpmFixtures.tinyBpe().build().toByteArray();
        assertEquals(Reason.NOT_A_MODEL_PROTO, modelError(Arrays.copyOf(whole, whole.length - 7)).reason());
    }

    @Test
    void duplicatePiecesInAModel() throws IOException {
        byte[] dup = SpmFixtures.tinyBpe().addPieces(SpmFixtures.piece("▁hello", -99, SentencePiece.Type.NORMAL))
                .build().toByteArray();
        TokenizerFormatException e = modelError(dup);
        assertEquals(Reason.DUPLICATE_PIECE, e.reason());
        assertTrue(e.getMessage().contains("'▁hello'"), e.getMessage());
    }

    @Test
    void unknownModelType() throws IOException {
        TokenizerFormatException e = jsonError("{\"model\": {\"type\": \"Fancy\", \"vocab\": {}}}");
        assertEquals(Reason.UNKNOWN_MODEL_TYPE, e.reason());
        assertTrue(e.getMessage().contains("model.type 'Fancy'"), e.getMessage());
    }

    @Test
    void mergesNamingMissingPieces() throws IOException {
        TokenizerFormatException e = jsonError("{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0, \"b\": 1, \"ab\": 2},"
                + " \"merges\": [\"a b\", \"a c\"]}}");
        assertEquals(Reason.MERGE_MISSING_PIECE, e.reason());
        assertTrue(e.getMessage().contains("model.merges[1]"), e.getMessage());
    }

    @Test
    void addedTokenCollision() throws IOException {
        TokenizerFormatException e = jsonError("{\"added_tokens\": [{\"id\": 1, \"content\": \"<s>\", \"special\": true}],"
                + " \"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0, \"b\": 1}, \"merges\": []}}");
        assertEquals(Reason.ADDED_TOKEN_COLLISION, e.reason());
        assertTrue(e.getMessage().contains("added_tokens[0]"), e.getMessage());
    }

    @Test
    void appendingAnExistingPieceOrAMergeWithMissingPartsIsRefused() throws IOException {
        Path f = dir.resolve("ok.json");
        Files.writeString(f, "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0, \"b\": 1, \"ab\": 2}, \"merges\": [\"a b\"]}}");
        TokenizerJsonDocument doc = TokenizerJsonDocument.read(f);
        var dup = assertThrows(TokenizerFormatException.class,
                () -> doc.withAppended(List.of(new AppendedPiece("ab", 3, 0f)), List.of()));
        assertEquals(Reason.DUPLICATE_PIECE, dup.reason());
        var missing = assertThrows(TokenizerFormatException.class,
                () -> doc.withAppended(List.of(new AppendedPiece("abc", 3, 0f)), List.of(new MergePair("ab", "c"))));
        assertEquals(Reason.MERGE_MISSING_PIECE, missing.reason());
        SentencePieceDocument model = SentencePieceDocument.parse(SpmFixtures.tinyBpe().build().toByteArray(), "t.model");
        var spmDup = assertThrows(TokenizerFormatException.class,
                () -> model.withAppended(List.of(new AppendedPiece("▁hello", model.vocabulary().size(), -50f))));
        assertEquals(Reason.DUPLICATE_PIECE, spmDup.reason());
    }
}
