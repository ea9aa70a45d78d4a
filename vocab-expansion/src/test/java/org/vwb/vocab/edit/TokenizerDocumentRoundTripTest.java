package org.vwb.vocab.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.vocab.SpmFixtures;

class TokenizerDocumentRoundTripTest {

    /// A BPE tokenizer.json exactly as serde_json's pretty printer lays it out, with the escapes and
    /// number forms it uses.
    static final String HF_PRETTY = """
            {
              "version": "1.0",
              "truncation": null,
              "padding": null,
              "added_tokens": [
                {
                  "id": 0,
                  "content": "<unk>",
                  "special": true
                }
              ],
              "normalizer": null,
              "pre_tokenizer": {
                "type": "Metaspace",
                "replacement": "▁",
                "prepend_scheme": "first",
                "split": false
              },
              "post_processor": null,
              "decoder": {
                "type": "Sequence",
                "decoders": [
                  {
                    "type": "Replace",
                    "pattern": {
                      "String": "▁"
                    },
                    "content": " "
                  },
                  {
                    "type": "Fuse"
                  }
                ]
              },
              "model": {
                "type": "BPE",
                "dropout": 0.1,
                "unk_token": "<unk>",
                "continuing_subword_prefix": null,
                "fuse_unk": true,
                "byte_fallback": false,
                "extra": [],
                "extra2": {},
                "odd": "tab\\there \\"quoted\\" back\\\\slash nl\\n unit\\u001f 中文 😀",
                "vocab": {
                  "<unk>": 0,
                  "a": 1,
                  "b": 2,
                  "ab": 3,
                  "▁": 4,
                  "▁ab": 5
                },
                "merges": [
                  "a b",
                  "▁ ab"
                ]
              }
            }""";

    @TempDir
    Path dir;

    @Test
    void sentencePieceRewriteIsByteIdenticalAndKeepsUnknownFields() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(SpmFixtures.tinyBpe().build().toByteArray());
        // field 150 (outside the declared ones), varint 7: what a newer SentencePiece might add
        bytes.writeBytes(new byte[] {(byte) 0xB0, 0x09, 0x07});
        Path file = dir.resolve("tokenizer.model");
        Files.write(file, bytes.toByteArray());
        SentencePieceDocument doc = SentencePieceDocument.read(file);
        assertTrue(doc.rewritesIdentically());
        assertArrayEquals(bytes.toByteArray(), doc.toBytes());
        assertFalse(doc.proto().getUnknownFields().asMap().isEmpty());
    }

    @Test
    void serdePrettyTokenizerJsonRoundTripsByteForByte() throws IOException {
        TokenizerJsonDocument doc = read(HF_PRETTY);
        assertEquals(JsonStyle.HF_PRETTY, doc.style());
        assertTrue(doc.rewritesIdentically());
        assertEquals(HF_PRETTY, new String(doc.toBytes(), StandardCharsets.UTF_8));
        assertEquals(List.of("Metaspace"), doc.preTokenizerKinds());
        assertEquals(List.of("Replace", "Fuse"), doc.decoderKinds());
        assertEquals(TokenizerJsonDocument.MergeEncoding.LEGACY_STRING, doc.mergeEncoding());
        assertEquals(List.of(new MergePair("a", "b"), new MergePair("▁", "ab")), doc.merges());
    }

    @Test
    void compactAndJacksonLayoutsAreDetectedAndKept() throws IOException {
        ObjectMapper m = new ObjectMapper();
        var tree = m.readTree(HF_PRETTY);
        // Jackson escapes control characters in upper case (serde_json in lower case): leave them out here.
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("model")).remove("odd");
        String compact = m.writeValueAsString(tree);
        TokenizerJsonDocument c = read(compact);
        assertEquals(JsonStyle.HF_COMPACT, c.style());
        assertTrue(c.rewritesIdentically());
        String jackson = m.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        TokenizerJsonDocument j = read(jackson);
        assertEquals(JsonStyle.JACKSON_PRETTY, j.style());
        assertTrue(j.rewritesIdentically());
    }

    @Test
    void anUnknownLayoutIsRewrittenWithTheSameJsonContent() throws IOException {
        String fourSpaces = HF_PRETTY.replace("\n  ", "\n    ");
        TokenizerJsonDocument doc = read(fourSpaces);
        assertFalse(doc.rewritesIdentically());
        ObjectMapper m = new ObjectMapper();
        assertEquals(m.readTree(fourSpaces), m.readTree(doc.toBytes()));
    }

    @Test
    void floatsAreWrittenAsRyuDoes() {
        assertEquals("0.1", JsonText.ryu(0.1));
        assertEquals("100.0", JsonText.ryu(100));
        assertEquals("-10.75293254852295", JsonText.ryu(-10.75293254852295));
        assertEquals("0.00001", JsonText.ryu(1e-5));
        assertEquals("1e-6", JsonText.ryu(1e-6));
        assertEquals("1.5e-7", JsonText.ryu(1.5e-7));
        assertEquals("1e16", JsonText.ryu(1e16));
        assertEquals("1234567890123456.0", JsonText.ryu(1234567890123456.0));
        assertEquals("-0.0", JsonText.ryu(-0.0));
    }

    @Test
    void appendedMergesKeepTheFilesEncoding() throws IOException {
        String pairs = HF_PRETTY.replace("\"a b\"", "[\"a\", \"b\"]").replace("\"▁ ab\"", "[\"▁\", \"ab\"]");
        TokenizerJsonDocument doc = read(pairs);
        assertEquals(TokenizerJsonDocument.MergeEncoding.PAIR, doc.mergeEncoding());
        TokenizerJsonDocument edited = doc.withAppended(List.of(new AppendedPiece("ba", 6, 0f)),
                List.of(new MergePair("b", "a")));
        assertEquals(List.of(new MergePair("a", "b"), new MergePair("▁", "ab"), new MergePair("b", "a")), edited.merges());
        assertEquals(TokenizerJsonDocument.MergeEncoding.PAIR, edited.mergeEncoding());
        assertEquals(6, edited.vocabulary().idOf("ba").getAsInt());
        assertEquals(2, doc.merges().size(), "the original document is unchanged");

        TokenizerJsonDocument legacy = read(HF_PRETTY).withAppended(List.of(new AppendedPiece("ba", 6, 0f)),
                List.of(new MergePair("b", "a")));
        assertTrue(new String(legacy.toBytes(), StandardCharsets.UTF_8).contains("\"▁ ab\",\n      \"b a\"\n"));
    }

    @Test
    void sentencePieceAppendKeepsEveryExistingPiece() throws IOException {
        SentencePieceDocument doc = SentencePieceDocument.parse(SpmFixtures.tinyBpe().build().toByteArray(), "t.model");
        int n = doc.vocabulary().size();
        SentencePieceDocument edited = doc.withAppended(List.of(new AppendedPiece("中文", n, -100f)));
        assertEquals(doc.proto().getPiecesList(), edited.proto().getPiecesList().subList(0, n));
        assertEquals(doc.proto().getTrainerSpec(), edited.proto().getTrainerSpec());
        assertEquals("中文", edited.vocabulary().tokens().get(n).piece());
    }

    @Test
    void appendingAfterAddedTokensAboveTheModelVocabularyKeepsTheirIds() throws IOException {
        // Qwen's shape: added tokens sit after model.vocab. The tokenizers library numbers added tokens
        // that are not in model.vocab from the model's size on, so a bare append would move <x> to 4.
        TokenizerJsonDocument doc = read("""
                {"added_tokens": [{"id": 3, "content": "<x>", "single_word": false, "lstrip": false, "rstrip": false,
                  "normalized": false, "special": true}],
                 "model": {"type": "BPE", "vocab": {"a": 0, "b": 1, "ab": 2}, "merges": ["a b"]}}""");
        TokenizerJsonDocument edited = doc.withAppended(List.of(new AppendedPiece("ba", 4, 0f)),
                List.of(new MergePair("b", "a")));
        Path out = dir.resolve("edited.json");
        edited.write(out);
        try (org.vwb.vocab.TokenizerEncoder e = org.vwb.vocab.TokenizerEncoder.open(out)) {
            assertArrayEquals(new int[] {3}, e.encode("<x>"));
            assertArrayEquals(new int[] {4}, e.encode("ba"));
            assertArrayEquals(new int[] {2, 4}, e.encode("abba"));
        }
    }

    private TokenizerJsonDocument read(String text) throws IOException {
        Path file = dir.resolve("tokenizer-" + Integer.toHexString(text.hashCode()) + ".json");
        Files.writeString(file, text);
        return TokenizerJsonDocument.read(file);
    }
}
