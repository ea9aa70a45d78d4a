package org.vwb.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryReaderTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsMuseAndWiktionaryStylePairsSkippingCommentsAndRepeats() throws IOException {
        Path p = write("d.txt", "# en-zh\nthe 这\ncat\t猫\n\ncat 猫\nice cream\t冰淇淋\ncat\t貓\n");
        BilingualDictionary d = DictionaryReader.readPairs(p);
        assertEquals(List.of(new WordPair("the", "这"), new WordPair("cat", "猫"), new WordPair("ice cream", "冰淇淋"),
                new WordPair("cat", "貓")), d.pairs());
        assertEquals(Map.of("the", List.of("这"), "cat", List.of("猫", "貓"), "ice cream", List.of("冰淇淋")), d.bySource());
        assertEquals(new WordPair("猫", "cat"), d.inverted().pairs().get(1));
    }

    @Test
    void rejectsALineWithoutTwoColumnsNamingFileAndLine() throws IOException {
        Path p = write("d.txt", "a b\nc d e\n");
        var e = assertThrows(VectorFormatException.class, () -> DictionaryReader.readPairs(p));
        assertEquals(VectorFormatException.Reason.WRONG_TOKEN_COUNT, e.reason());
        assertTrue(e.getMessage().startsWith(p + ", line 2:"), e.getMessage());
        var empty = assertThrows(VectorFormatException.class, () -> DictionaryReader.readPairs(write("e.txt", "# x\n")));
        assertEquals(VectorFormatException.Reason.EMPTY, empty.reason());
    }

    @Test
    void writeTsvThenReadPairsIsTheSameDictionary() throws IOException {
        BilingualDictionary d = new BilingualDictionary(List.of(new WordPair("ice cream", "冰淇淋"), new WordPair("a", "b")));
        Path p = tmp.resolve("out.tsv");
        d.writeTsv(p);
        assertEquals(d, DictionaryReader.readPairs(p));
    }

    @Test
    void cedictYieldsCleanSingleWordPairs() throws IOException {
        Path p = write("cedict.u8", """
                # CC-CEDICT
                # Community maintained free Chinese-English dictionary.
                北京 北京 [Bei3 jing1] /Beijing, capital of the People's Republic of China/
                貓 猫 [mao1] /cat/CL:隻|只[zhi1]/(dialect) to hide oneself/
                學生 学生 [xue2 sheng5] /student/schoolchild/
                吃 吃 [chi1] /to eat/to consume/to eat at (a cafeteria etc)/to absorb/to suffer (shock, injury etc)/
                王 王 [wang2] /king or monarch/best or strongest of its type/grand/great/surname Wang/
                张 张 [zhang1] /surname Zhang/CL:張|张[zhang1]/to open up/sheet of paper/
                亁 干 [gan1] /variant of 乾|干[gan1]/old variant of 乾[qian2]/
                蘋果 苹果 [ping2 guo3] /apple (fruit)/the Apple company/
                電子郵件 电子邮件 [dian4 zi3 you2 jian4] /e-mail/an electronic mail/
                艹 艹 [cao3] /grass radical (Kangxi radical 140)/see also 草字頭|草字头[cao3 zi4 tou2]/
                世行 世行 [Shi4 Hang2] /abbr. for 世界銀行|世界银行, World Bank/
                叮 叮 [ding1] /used in 叮噹|叮当/to sting/Ding!/
                """);
        BilingualDictionary d = DictionaryReader.readCedict(p, DictionaryReader.Script.SIMPLIFIED);
        assertEquals(List.of(
                new WordPair("cat", "猫"),
                new WordPair("student", "学生"), new WordPair("schoolchild", "学生"),
                new WordPair("eat", "吃"), new WordPair("consume", "吃"), new WordPair("absorb", "吃"), new WordPair("suffer", "吃"),
                new WordPair("grand", "王"), new WordPair("great", "王"),
                new WordPair("apple", "苹果"),
                new WordPair("e-mail", "电子邮件"),
                new WordPair("sting", "叮")), d.pairs());
        BilingualDictionary trad = DictionaryReader.readCedict(p, DictionaryReader.Script.TRADITIONAL);
        assertEquals(new WordPair("cat", "貓"), trad.pairs().getFirst());
    }

    @Test
    void cedictRejectsAMalformedEntryNamingTheLine() throws IOException {
        Path p = write("cedict.u8", "# c\n貓 猫 [mao1] /cat/\n貓 猫 mao1 /cat/\n");
        var e = assertThrows(VectorFormatException.class, () -> DictionaryReader.readCedict(p, DictionaryReader.Script.SIMPLIFIED));
        assertEquals(VectorFormatException.Reason.BAD_DICTIONARY_LINE, e.reason());
        assertTrue(e.getMessage().startsWith(p + ", line 3:"), e.getMessage());
    }
}
