package org.vwb.samples.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.sentencepiece.SpTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerKind;
import org.vwb.vocab.Vocabulary;

class SyntheticTokenizerTest {

    /// English and Chinese, with characters outside the vocabulary (byte fallback), digits, repeated and
    /// leading spaces, a newline and an emoji.
    static final List<String> SENTENCES = List.of(
            "Hello world! The king and the queen lived in a castle.",
            "Tokenization of unbelievable words is interesting, isn't it?",
            "我们今天在学校学习中文。",
            "床前明月光，疑是地上霜。Hello 世界! 词表初始化",
            "人工智能的语言模型 can translate 中文 into English.",
            "Numbers: 3.14159, 2024 and 42 are split into digits.",
            "  two  leading spaces and   runs of   spaces ",
            "line one\nline two\ttab",
            "emoji 🙂 and rare 齉 characters",
            "x");

    @TempDir
    Path dir;

    private Path writeFiles(int vocabSize) throws IOException {
        Path d = Files.createDirectories(dir.resolve("v" + vocabSize));
        LlamaTokenizerFiles.writeAll(SyntheticTokenizer.ofSize(vocabSize), d);
        return d;
    }

    @Test
    void sentencePieceAndHfTokenizersGiveIdenticalIdsAndBothRoundTrip() throws IOException {
        Path d = writeFiles(1000);
        try (SpTokenizer sp = new SpTokenizer(d.resolve("tokenizer.model"));
                HuggingFaceTokenizer hf = HuggingFaceTokenizer.newInstance(d.resolve("tokenizer.json"),
                        Map.of("truncation", "false", "addSpecialTokens", "true"))) {
            for (String text : SENTENCES) {
                int[] spIds = sp.getProcessor().encode(text);
                long[] hfIds = hf.encode(text, true, false).getIds();
                long[] expected = new long[spIds.length + 1];
                expected[0] = 1; // <s>: added by the HF post-processor, by callers of SentencePiece
                for (int i = 0; i < spIds.length; i++) {
                    expected[i + 1] = spIds[i];
                }
                assertArrayEquals(expected, hfIds, () -> text + "\nspm " + Arrays.toString(spIds) + "\nhf  " + Arrays.toString(hfIds));
                assertEquals(text, hf.decode(hfIds, true));
                // DJL's SentencePiece JNI returns strings as modified UTF-8, which mangles characters
                // outside the BMP (the emoji); the ids above prove the model itself handles them.
                if (text.codePoints().allMatch(Character::isBmpCodePoint)) {
                    assertEquals(text, sp.getProcessor().decode(spIds));
                }
            }
        }
    }

    /// Random strings over the corpus's characters, rare CJK, spaces and punctuation: a wider net than
    /// the fixed sentences for any difference between SentencePiece's and HF's BPE.
    @Test
    void randomTextGivesIdenticalIdsInBothEngines() throws IOException {
        Path d = writeFiles(SyntheticTokenizer.minimumVocabSize() + 300);
        String alphabet = "the quick brown fox jumps over lazy dog ing tion er and 我们的中文学习模型齉霜龘 ,.!?'\"0123456789\n";
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        try (SpTokenizer sp = new SpTokenizer(d.resolve("tokenizer.model"));
                HuggingFaceTokenizer hf = HuggingFaceTokenizer.newInstance(d.resolve("tokenizer.json"),
                        Map.of("truncation", "false"))) {
            for (int n = 0; n < 300; n++) {
                StringBuilder sb = new StringBuilder();
                int len = 1 + random.nextInt(40);
                for (int i = 0; i < len; i++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String text = sb.toString();
                long[] spIds = Arrays.stream(sp.getProcessor().encode(text)).asLongStream().toArray();
                assertArrayEquals(spIds, hf.encode(text, false, false).getIds(), text);
                assertEquals(text, hf.decode(spIds, true), text);
            }
        }
    }

    @Test
    void largeVocabulariesAlsoAgreeBetweenTheTwoEngines() throws IOException {
        Path d = writeFiles(4000);
        try (SpTokenizer sp = new SpTokenizer(d.resolve("tokenizer.model"));
                HuggingFaceTokenizer hf = HuggingFaceTokenizer.newInstance(d.resolve("tokenizer.json"),
                        Map.of("truncation", "false"))) {
            for (String text : SENTENCES) {
                long[] spIds = Arrays.stream(sp.getProcessor().encode(text)).asLongStream().toArray();
                assertArrayEquals(spIds, hf.encode(text, false, false).getIds(), text);
            }
        }
        assertEquals(4000, Vocabulary.readSentencePiece(d.resolve("tokenizer.model")).size());
    }

    @Test
    void layoutIsLlamaTwoLike() throws IOException {
        Path d = writeFiles(1000);
        Vocabulary v = Vocabulary.readSentencePiece(d.resolve("tokenizer.model"));
        assertEquals(TokenizerKind.SENTENCEPIECE_BPE, v.kind());
        assertTrue(v.byteFallback());
        assertEquals(1000, v.size());
        assertEquals(List.of("<unk>", "<s>", "</s>", "<0x00>"), v.tokens().subList(0, 4).stream().map(Token::piece).toList());
        assertEquals(TokenKind.BYTE, v.tokens().get(258).kind());
        assertEquals("<0xFF>", v.tokens().get(258).piece());
        for (String common : List.of("▁the", "ing", "▁and", "er")) {
            assertTrue(v.idOf(common).isPresent(), common + " should be a piece");
        }
        long cjkPieces = v.tokens().stream().filter(t -> t.piece().codePoints().anyMatch(cp ->
                Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)).count();
        long multiCharCjk = v.tokens().stream().filter(t -> t.piece().codePoints().filter(cp ->
                Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count() > 1).count();
        assertTrue(cjkPieces >= 20 && cjkPieces <= 120, "frequent CJK characters are pieces: " + cjkPieces);
        assertEquals(0, multiCharCjk, "CJK pieces are single characters, as in Llama 2");
        assertTrue(v.idOf("的").isPresent());
        assertFalse(v.idOf("霜").isPresent(), "a rare character falls back to bytes");
    }

    @Test
    void bothFilesDescribeTheSameVocabulary() throws IOException {
        Path d = writeFiles(1000);
        Vocabulary spm = Vocabulary.readSentencePiece(d.resolve("tokenizer.model"));
        Vocabulary hf = Vocabulary.readTokenizerJson(d.resolve("tokenizer.json"));
        assertEquals(TokenizerKind.HF_BPE, hf.kind());
        assertTrue(hf.byteFallback());
        assertEquals(spm.tokens().stream().map(Token::piece).toList(), hf.tokens().stream().map(Token::piece).toList());
        assertEquals(spm.tokens().stream().map(Token::kind).toList(), hf.tokens().stream().map(Token::kind).toList());
    }

    @Test
    void trainingIsDeterministic() {
        List<String> a = LlamaTokenizerFiles.sentencePiece(SyntheticTokenizer.ofSize(700)).getPiecesList().stream()
                .map(p -> p.getPiece()).toList();
        SyntheticTokenizer fresh = new SyntheticTokenizer(a.subList(SyntheticTokenizer.RESERVED, a.size()));
        assertEquals(fresh, SyntheticTokenizer.ofSize(700));
        assertEquals(SyntheticTokenizer.ofSize(800).pieces().subList(0, 100), SyntheticTokenizer.ofSize(700).pieces().subList(0, 100),
                "a larger vocabulary extends the merge list of a smaller one");
    }

    @Test
    void vocabularySizeBelowTheCharacterSetIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyntheticTokenizer.ofSize(SyntheticTokenizer.minimumVocabSize() - 1));
        assertTrue(e.getMessage().contains("minimum"), e.getMessage());
    }
}
