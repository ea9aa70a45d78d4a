package org.vwb.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DictionaryOverlapTest {

    private static StaticVectors space(String... words) {
        return StaticVectors.of(List.of(words), new float[words.length], 1);
    }

    @ParameterizedTest
    @CsvSource({"e-mail, E-Mail", "HELLO, Hello", "berlin, Berlin", "中a, 中A", "o'neil, O'Neil", "ǆemal, ǅemal", "中文, 中文"})
    void titleCasesLikePython(String in, String out) {
        assertEquals(out, DictionaryOverlap.title(in));
    }

    @Test
    void pairsEveryCasingVariantFoundInBothVocabularies() throws VectorFormatException {
        StaticVectors en = space("the", "berlin", "Berlin", "Paris");
        StaticVectors de = space("Berlin", "berlin", "paris", "der");
        BilingualDictionary dict = new BilingualDictionary(List.of(
                new WordPair("Berlin", "Berlin"), new WordPair("PARIS", "Paris"), new WordPair("dog", "Hund")));
        List<IndexPair> pairs = DictionaryOverlap.casingVariantPairs(dict, en, de);
        // Berlin: {Berlin, berlin} × {Berlin, berlin}; PARIS: {Paris} × {paris}
        assertEquals(List.of(new IndexPair(2, 0), new IndexPair(2, 1), new IndexPair(1, 0), new IndexPair(1, 1),
                new IndexPair(3, 2)), pairs);
    }

    @Test
    void noOverlapIsAnErrorThatShowsBothSides() {
        StaticVectors en = space("the", "cat");
        StaticVectors zh = space("的", "猫");
        BilingualDictionary reversed = new BilingualDictionary(List.of(new WordPair("猫", "cat")));
        var e = assertThrows(VectorFormatException.class, () -> DictionaryOverlap.casingVariantPairs(reversed, en, zh));
        assertEquals(VectorFormatException.Reason.EMPTY_OVERLAP, e.reason());
        assertTrue(e.getMessage().contains("猫 → cat") && e.getMessage().contains("'the'")
                && e.getMessage().contains("'的'"), e.getMessage());
    }
}
