package org.vwb.vocab.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PieceTextTest {

    @Test
    void byteLevelAlphabetIsABijectionOverAllBytes() {
        Set<Character> chars = new HashSet<>();
        for (int b = 0; b < 256; b++) {
            char c = ByteLevelAlphabet.charOf(b);
            chars.add(c);
            assertEquals(b, ByteLevelAlphabet.byteOf(c));
        }
        assertEquals(256, chars.size());
        assertEquals('Ġ', ByteLevelAlphabet.charOf(' '));
        assertEquals('Ċ', ByteLevelAlphabet.charOf('\n'));
    }

    @Test
    void byteLevelDecodesAnyUtf8TextSpelledInTheAlphabet() {
        String text = " 词表初始化 naïve 🙂";
        StringBuilder spelled = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            spelled.append(ByteLevelAlphabet.charOf(b & 0xFF));
        }
        assertEquals(text, PieceText.byteLevel(spelled.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            <0x41>  | A
            <0x0A>  | "\n"
            <0xE4>  | ""
            <0x7f>  | "\u007f"
            <0x100> | ""
            """)
    void bytePiecesAreTextOnlyWhenWholeCharacters(String piece, String expected) {
        assertEquals(expected.translateEscapes(), PieceText.bytePiece(piece));
    }
}
