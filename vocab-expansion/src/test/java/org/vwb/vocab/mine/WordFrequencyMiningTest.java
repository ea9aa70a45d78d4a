package org.vwb.vocab.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vwb.vocab.mine.MiningFixtures.repeat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.vocab.CorpusFormatException;

class WordFrequencyMiningTest {
    @TempDir
    Path dir;

    private static MiningOptions options(int add) {
        return new MiningOptions(add, 1, 16, Script.CJK, false, 2);
    }

    private Path list(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private MiningResult mine(MiningCorpus corpus, int add) throws IOException {
        return SubwordMiner.mine(MiningFixtures.model(dir.resolve("base")), corpus, options(add), JobContext.silent());
    }

    @Test
    void aWordCountsAsManyTimesAsItsFrequency() throws IOException {
        Path words = list("dict.txt", "中文 30 n\n中文本 10 nz\n\n文本 5\n");
        MiningResult fromList = mine(new MiningCorpus(List.of(), 1, List.of(words)), 3);
        Path text = MiningFixtures.corpus(dir.resolve("text.txt"), MiningFixtures.concat(repeat("中文", 30),
                repeat("中文本", 10), repeat("文本", 5)));
        MiningResult fromText = mine(MiningCorpus.text(List.of(text)), 3);
        assertEquals(fromText.candidates(), fromList.candidates());
        assertEquals(List.of(new Candidate("中文", "中文", 40, 40, "中", "文"),
                new Candidate("中文本", "中文本", 10, 10, "中文", "本"),
                new Candidate("文本", "文本", 5, 5, "文", "本")), fromList.candidates());
        assertEquals(45, fromList.stats().lines());
    }

    @Test
    void theTextWeightMultipliesEveryTextLineAgainstTheList() throws IOException {
        // 文本 ×4 in the text outweighs 中文 ×5 in the list once each text line counts 2 times.
        Path words = list("dict.txt", "中文 5\n");
        Path text = MiningFixtures.corpus(dir.resolve("text.txt"), repeat("文本", 4));
        assertEquals("中文", mine(new MiningCorpus(List.of(text), 1, List.of(words)), 1).candidates().get(0).piece());
        MiningResult weighted = mine(new MiningCorpus(List.of(text), 2, List.of(words)), 2);
        assertEquals(List.of(new Candidate("文本", "文本", 8, 8, "文", "本"),
                new Candidate("中文", "中文", 5, 5, "中", "文")), weighted.candidates());
    }

    @Test
    void aLineWithoutAFrequencyIsRejectedNamingFileAndLine() throws IOException {
        Path words = list("dict.txt", "中文 3 n\n文本\n");
        var e = assertThrows(CorpusFormatException.class, () -> mine(new MiningCorpus(List.of(), 1, List.of(words)), 1));
        assertEquals(CorpusFormatException.Reason.MALFORMED_LINE, e.reason());
        assertTrue(e.getMessage().startsWith(words + " line 2: expected a word and its frequency"), e.getMessage());
    }

    @Test
    void aFrequencyThatIsNotAPositiveIntegerIsRejectedNamingFileAndLine() throws IOException {
        for (String bad : List.of("x", "0", "-4", "2.5")) {
            Path words = list("dict-" + bad + ".txt", "中文 3 n\n\n文本 " + bad + " n\n");
            var e = assertThrows(CorpusFormatException.class,
                    () -> mine(new MiningCorpus(List.of(), 1, List.of(words)), 1));
            assertEquals(CorpusFormatException.Reason.MALFORMED_LINE, e.reason());
            assertEquals(words + " line 3: expected a frequency that is a positive integer (word-frequency format"
                    + " 'word frequency [tag]') but found '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void aListThatIsNotUtf8IsRejectedNamingFileAndLine() throws IOException {
        Path words = dir.resolve("gbk.txt");
        byte[] a = "中文 3\n".getBytes(StandardCharsets.UTF_8);
        byte[] b = "文本 2\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Files.write(words, all);
        var e = assertThrows(CorpusFormatException.class, () -> mine(new MiningCorpus(List.of(), 1, List.of(words)), 1));
        assertEquals(CorpusFormatException.Reason.NOT_UTF8, e.reason());
        assertTrue(e.getMessage().startsWith(words + ": not UTF-8 text: malformed byte sequence in line 2"),
                e.getMessage());
    }

    @Test
    void aMissingListIsNamedBeforeTheTextIsRead() throws IOException {
        Path text = MiningFixtures.corpus(dir.resolve("text.txt"), "中文");
        Path missing = dir.resolve("nope.txt");
        var e = assertThrows(java.nio.file.NoSuchFileException.class,
                () -> mine(new MiningCorpus(List.of(text), 1, List.of(missing)), 1));
        assertEquals(missing.toString(), e.getFile());
    }

    @Test
    void anEmptyListAloneIsAnEmptyCorpus() throws IOException {
        Path words = list("dict.txt", "\n  \n");
        var e = assertThrows(CorpusFormatException.class, () -> mine(new MiningCorpus(List.of(), 1, List.of(words)), 1));
        assertEquals(CorpusFormatException.Reason.EMPTY, e.reason());
        assertTrue(e.getMessage().contains("dict.txt"), e.getMessage());
    }

    @Test
    void aCorpusNeedsAFileAndAPositiveWeight() {
        assertThrows(IllegalArgumentException.class, () -> new MiningCorpus(List.of(), 1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new MiningCorpus(List.of(dir), 0, List.of()));
    }
}
