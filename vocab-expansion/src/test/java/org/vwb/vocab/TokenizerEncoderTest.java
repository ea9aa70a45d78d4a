package org.vwb.vocab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizerEncoderTest {

    private static final String WORD_LEVEL_JSON = """
            {"version": "1.0", "truncation": null, "padding": null,
             "added_tokens": [{"id": 0, "content": "<unk>", "single_word": false, "lstrip": false,
                               "rstrip": false, "normalized": false, "special": true}],
             "normalizer": null, "pre_tokenizer": {"type": "Whitespace"}, "post_processor": null,
             "decoder": null,
             "model": {"type": "WordLevel", "vocab": {"<unk>": 0, "hello": 1, "world": 2}, "unk_token": "<unk>"}}
            """;

    @TempDir
    Path dir;

    private Path spmModel() throws IOException {
        Path p = dir.resolve("tokenizer.model");
        Files.write(p, SpmFixtures.tinyBpe().build().toByteArray());
        return p;
    }

    @Test
    void sentencePieceEncodesThroughTheNativeLibraryAndDecodesLosslessly() throws IOException {
        try (TokenizerEncoder e = TokenizerEncoder.open(spmModel())) {
            int[] ids = e.encode("hello world 中文");
            List<String> pieces = java.util.Arrays.stream(ids).mapToObj(i -> e.vocabulary().tokens().get(i).piece())
                    .toList();
            assertEquals(List.of("▁hello", "▁world", "▁", "中", "<0xE6>", "<0x96>", "<0x87>"), pieces);
            assertEquals("hello world 中文", e.decode(ids));
            assertEquals(0, e.encode("").length);
        }
    }

    @Test
    void sentencePieceDecodesCharactersOutsideTheBmp() throws IOException {
        // DJL's own decode returns modified UTF-8 for these; ours assembles the byte pieces itself.
        try (TokenizerEncoder e = TokenizerEncoder.open(spmModel())) {
            String text = "hello 😀 world";
            assertEquals(text, e.decode(e.encode(text)));
        }
    }

    @Test
    void idsOutsideTheVocabularyAreRefusedBeforeTheNativeCode() throws IOException {
        try (TokenizerEncoder e = TokenizerEncoder.open(spmModel())) {
            int size = e.vocabulary().size();
            var ex = assertThrows(IllegalArgumentException.class, () -> e.decode(new int[] {3, size}));
            assertEquals("id " + size + " is outside the vocabulary [0, " + size + ")", ex.getMessage());
            assertThrows(IllegalArgumentException.class, () -> e.decode(new int[] {-1}));
        }
    }

    @Test
    void tokenizerJsonEncodesWithoutSpecialTokensOrTruncation() throws IOException {
        Files.writeString(dir.resolve("tokenizer.json"), WORD_LEVEL_JSON);
        try (TokenizerEncoder e = TokenizerEncoder.open(dir)) {
            assertEquals(dir.resolve("tokenizer.json"), e.source());
            assertArrayEquals(new int[] {1, 2, 0}, e.encode("hello world nope"));
            String long600 = "hello ".repeat(600);
            assertEquals(600, e.encode(long600).length, "no truncation at 512");
            List<int[]> batch = e.encodeAll(List.of("world", "hello hello"));
            assertArrayEquals(new int[] {2}, batch.get(0));
            assertArrayEquals(new int[] {1, 1}, batch.get(1));
            assertEquals("hello world", e.decode(new int[] {1, 2}));
            assertThrows(IllegalArgumentException.class, () -> e.decode(new int[] {3}));
        }
    }

    @Test
    void aFolderPrefersTokenizerJsonAndAnEmptyFolderIsRefused() throws IOException {
        spmModel();
        try (TokenizerEncoder e = TokenizerEncoder.open(dir)) {
            assertEquals(dir.resolve("tokenizer.model"), e.source());
        }
        Files.writeString(dir.resolve("tokenizer.json"), WORD_LEVEL_JSON);
        try (TokenizerEncoder e = TokenizerEncoder.open(dir)) {
            assertEquals(dir.resolve("tokenizer.json"), e.source());
        }
        Path empty = Files.createDirectory(dir.resolve("empty"));
        var ex = assertThrows(java.nio.file.NoSuchFileException.class, () -> TokenizerEncoder.open(empty));
        assertEquals(empty + ": no tokenizer.json or tokenizer.model in this folder", ex.getMessage());
    }

    @Test
    void garbageIsATokenizerFormatError() throws IOException {
        Path bad = dir.resolve("bad.model");
        Files.write(bad, new byte[] {(byte) 0xFF, 1, 2, 3});
        assertThrows(TokenizerFormatException.class, () -> TokenizerEncoder.open(bad));
    }
}
