package org.vwb.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vwb.vocab.TokenizerFormatException.Reason;

class TokenizerJsonReadingTest {

    @TempDir
    Path dir;

    private Path json(String text) throws IOException {
        return Files.writeString(dir.resolve("tokenizer.json"), text.replace('\'', '"'));
    }

    private static final String METASPACE_BPE = """
            {'added_tokens': [
               {'id': 0, 'content': '<unk>', 'special': true},
               {'id': 1, 'content': '<s>', 'special': true},
               {'id': 7, 'content': '<extra>', 'special': false}],
             'normalizer': {'type': 'Sequence', 'normalizers': [{'type': 'Prepend', 'prepend': '▁'}]},
             'decoder': {'type': 'Sequence', 'decoders': [{'type': 'ByteFallback'}]},
             'model': {'type': 'BPE', 'unk_token': '<unk>', 'byte_fallback': true, 'fuse_unk': true,
               'vocab': {'<unk>': 0, '<s>': 1, '<0xE4>': 2, '▁': 3, 'a': 4, '▁a': 5, 'b': 6},
               'merges': [MERGES]}}
            """;

    @Test
    void readsMetaspaceBpeWithAddedTokensMergedById() throws IOException {
        Vocabulary v = Vocabulary.readTokenizerJson(json(METASPACE_BPE.replace("MERGES", "'▁ a'")));
        assertEquals(TokenizerKind.HF_BPE, v.kind());
        assertTrue(v.byteFallback());
        assertEquals(8, v.size());
        assertEquals(TokenKind.UNKNOWN, v.tokens().get(0).kind());
        assertEquals(TokenKind.CONTROL, v.tokens().get(1).kind());
        assertEquals(TokenKind.BYTE, v.tokens().get(2).kind());
        assertEquals(new Token(7, "<extra>", TokenKind.ADDED, 0f), v.tokens().get(7));
        assertEquals(" a", v.decodedText(v.tokens().get(5)));
        assertEquals("", v.decodedText(v.tokens().get(2)));
    }

    @Test
    void acceptsMergesAsPairs() throws IOException {
        Vocabulary v = Vocabulary.read(json(METASPACE_BPE.replace("MERGES", "['▁', 'a']")));
        assertEquals(TokenizerKind.HF_BPE, v.kind());
    }

    @Test
    void readsByteLevelBpeAndDecodesTheByteAlphabet() throws IOException {
        // 'Ġ' is the space byte; 'ä¸Ń' is the UTF-8 of 中 (E4 B8 AD) in the GPT-2 alphabet; 'ä¸' is a partial character.
        Vocabulary v = Vocabulary.readTokenizerJson(json("""
                {'pre_tokenizer': {'type': 'Sequence', 'pretokenizers': [{'type': 'Split'}, {'type': 'ByteLevel'}]},
                 'added_tokens': [{'id': 5, 'content': '<|endoftext|>', 'special': true}],
                 'model': {'type': 'BPE', 'vocab': {'Ġ': 0, 'h': 1, 'Ġh': 2, 'ä¸Ń': 3, 'ä¸': 4},
                   'merges': ['Ġ h']}}"""));
        assertEquals(TokenizerKind.HF_BYTE_LEVEL_BPE, v.kind());
        assertFalse(v.byteFallback());
        assertEquals(" h", v.decodedText(v.tokens().get(2)));
        assertEquals("中", v.decodedText(v.tokens().get(3)));
        assertEquals("", v.decodedText(v.tokens().get(4)));
        assertEquals("<|endoftext|>", v.decodedText(v.tokens().get(5)));
    }

    @Test
    void readsUnigramWithScores() throws IOException {
        Vocabulary v = Vocabulary.readTokenizerJson(json("""
                {'model': {'type': 'Unigram', 'unk_id': 0,
                   'vocab': [['<unk>', 0.0], ['▁the', -2.5], ['s', -4.0]]}}"""));
        assertEquals(TokenizerKind.HF_UNIGRAM, v.kind());
        assertEquals(new Token(1, "▁the", TokenKind.NORMAL, -2.5f), v.tokens().get(1));
        assertEquals(TokenKind.UNKNOWN, v.tokens().get(0).kind());
        assertEquals(" the", v.decodedText(v.tokens().get(1)));
    }

    @Test
    void readsWordPieceAndDropsTheContinuationPrefix() throws IOException {
        Vocabulary v = Vocabulary.readTokenizerJson(json("""
                {'added_tokens': [{'id': 0, 'content': '[UNK]', 'special': true}, {'id': 1, 'content': '[CLS]', 'special': true}],
                 'model': {'type': 'WordPiece', 'unk_token': '[UNK]', 'continuing_subword_prefix': '##',
                   'max_input_chars_per_word': 100, 'vocab': {'[UNK]': 0, '[CLS]': 1, 'king': 2, '##s': 3}}}"""));
        assertEquals(TokenizerKind.HF_WORDPIECE, v.kind());
        assertEquals("s", v.decodedText(v.tokens().get(3)));
        assertEquals("king", v.decodedText(v.tokens().get(2)));
        assertEquals(TokenKind.UNKNOWN, v.tokens().get(0).kind());
        assertEquals(TokenKind.CONTROL, v.tokens().get(1).kind());
    }

    @Test
    void readsWordLevelWithHolesInIds() throws IOException {
        Vocabulary v = Vocabulary.readTokenizerJson(json("""
                {'model': {'type': 'WordLevel', 'unk_token': '<unk>', 'vocab': {'<unk>': 0, 'hello': 1, 'world': 5}}}"""));
        assertEquals(TokenizerKind.HF_WORDLEVEL, v.kind());
        assertEquals(6, v.size());
        assertEquals(3, v.tokens().size());
        assertEquals("world", v.decodedText(v.tokens().get(2)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            not json               | {'model': {                                                                          | NOT_JSON               | line
            top level array        | []                                                                                   | NOT_JSON               | JSON object
            unknown model type     | {'model': {'type': 'Trie', 'vocab': {}}}                                             | UNKNOWN_MODEL_TYPE     | 'Trie'
            duplicate vocab key    | {'model': {'type': 'WordLevel', 'vocab': {'a': 0, 'a': 1}}}                          | DUPLICATE_PIECE        | vocab
            duplicate ids          | {'model': {'type': 'WordLevel', 'vocab': {'a': 0, 'b': 0}}}                          | DUPLICATE_ID           | id 0
            duplicate unigram      | {'model': {'type': 'Unigram', 'vocab': [['a', 0.0], ['a', -1.0]]}}                   | DUPLICATE_PIECE        | model.vocab[1]
            merge missing part     | {'model': {'type': 'BPE', 'vocab': {'a': 0, 'ab': 1}, 'merges': ['a b']}}            | MERGE_MISSING_PIECE    | 'b'
            merge missing result   | {'model': {'type': 'BPE', 'vocab': {'a': 0, 'b': 1}, 'merges': [['a', 'b']]}}        | MERGE_MISSING_PIECE    | 'ab'
            merge malformed        | {'model': {'type': 'BPE', 'vocab': {'a': 0, 'b': 1}, 'merges': ['a b c']}}           | INVALID_FIELD          | merges[0]
            negative id            | {'model': {'type': 'WordLevel', 'vocab': {'a': -1}}}                                 | INVALID_FIELD          | 'a'
            added id collision     | {'added_tokens': [{'id': 0, 'content': 'x'}], 'model': {'type': 'WordLevel', 'vocab': {'a': 0}}} | ADDED_TOKEN_COLLISION | id 0
            added text collision   | {'added_tokens': [{'id': 3, 'content': 'a'}], 'model': {'type': 'WordLevel', 'vocab': {'a': 0}}} | ADDED_TOKEN_COLLISION | already id 0
            added duplicate id     | {'added_tokens': [{'id': 3, 'content': 'x'}, {'id': 3, 'content': 'y'}], 'model': {'type': 'WordLevel', 'vocab': {'a': 0}}} | DUPLICATE_ID | id 3
            """)
    void readRejects(String name, String text, Reason reason, String messagePart) throws IOException {
        Path file = json(text);
        TokenizerFormatException e = assertThrows(TokenizerFormatException.class, () -> Vocabulary.readTokenizerJson(file));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }
}
