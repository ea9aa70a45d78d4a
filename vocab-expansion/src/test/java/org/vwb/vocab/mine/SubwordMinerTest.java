package org.vwb.vocab.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vwb.vocab.mine.MiningFixtures.concat;
import static org.vwb.vocab.mine.MiningFixtures.repeat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.vocab.CorpusFormatException;

class SubwordMinerTest {

    @TempDir
    Path dir;

    private MiningResult mine(MiningOptions options, String... lines) throws IOException {
        Path base = MiningFixtures.model(dir.resolve("base"));
        Path corpus = MiningFixtures.corpus(dir.resolve("corpus-" + System.nanoTime() + ".txt"), lines);
        return SubwordMiner.mine(base, List.of(corpus), options, JobContext.silent());
    }

    private static MiningOptions options(int add) {
        return new MiningOptions(add, 1, 16, Script.CJK, false, 2);
    }

    /// 中文 ×30, 中文本 ×10, 文本 ×5: pair (中, 文) occurs 40 times, (文, 本) 15; after merging 中文,
    /// (中文, 本) occurs 10 times and (文, 本) only 5.
    private static final String[] PLANTED = concat(repeat("中文", 30), repeat("中文本", 10), repeat("文本", 5));

    @Test
    void thePlantedFrequentPairIsMergedFirstWithItsCounts() throws IOException {
        MiningResult r = mine(options(3), PLANTED);
        assertEquals(List.of(
                new Candidate("中文", "中文", 40, 40, "中", "文"),
                new Candidate("中文本", "中文本", 10, 10, "中文", "本"),
                new Candidate("文本", "文本", 5, 5, "文", "本")), r.candidates());
        assertEquals(45, r.stats().lines());
        assertEquals(30 * 2 + 10 * 3 + 5 * 2, r.stats().cjkCharacters());
        assertEquals(30 * 3 + 10 * 4 + 5 * 3, r.stats().baseTokens(), "▁ plus one token per character");
        assertEquals(r.stats().baseTokens() - 55, r.projectedTokens());
    }

    @Test
    void aByteFallbackCharacterBecomesAPieceBeforeTheMergesThatUseIt() throws IOException {
        MiningResult r = mine(options(10), concat(repeat("鬱中", 3), repeat("中文", 2)));
        List<Candidate> rows = r.candidates();
        assertEquals(new Candidate("鬱", "鬱", 3, 6, "", ""), rows.get(0), "3 occurrences × (3 bytes − 1)");
        assertEquals(new Candidate("鬱中", "鬱中", 3, 3, "鬱", "中"), rows.get(1));
        assertEquals(new Candidate("中文", "中文", 2, 2, "中", "文"), rows.get(2));
        assertEquals(1, r.stats().byteFallbackCharacters());
    }

    @Test
    void everyRowSpellsItsPieceFromBasePiecesOrEarlierRows() throws IOException {
        MiningResult r = mine(new MiningOptions(50, 1, 16, Script.ANY, false, 2),
                concat(repeat("中文本字 鬱文", 7), repeat("ab abc ca", 5), repeat("字本中文", 3)));
        Set<String> base = Set.of(MiningFixtures.PIECES);
        Set<String> seen = new HashSet<>();
        long previous = Long.MAX_VALUE;
        for (Candidate c : r.candidates()) {
            if (!c.isCharacter()) {
                assertEquals(c.piece(), c.left() + c.right());
                assertTrue(base.contains(c.left()) || seen.contains(c.left()), c.toString());
                assertTrue(base.contains(c.right()) || seen.contains(c.right()), c.toString());
            }
            assertTrue(seen.add(c.piece()), "no duplicate rows: " + c);
            assertFalse(base.contains(c.piece()), "no existing piece: " + c);
            assertTrue(c.tokensSaved() <= previous, "ranked by tokens saved");
            previous = c.tokensSaved();
        }
        assertFalse(r.candidates().isEmpty());
    }

    @Test
    void piecesNeverCrossWordBoundaries() throws IOException {
        // "▁a b" and "b ▁a" are adjacent 5 times per line, but ▁ starts a new word
        MiningResult r = mine(new MiningOptions(20, 1, 16, Script.ANY, false, 1), repeat("ab ab ab ab ab ab", 5));
        assertEquals(List.of(new Candidate("▁ab", " ab", 30, 30, "▁a", "b")), r.candidates());
    }

    @Test
    void cjkScriptKeepsSpacesAndLatinOutOfPieces() throws IOException {
        MiningResult any = mine(new MiningOptions(5, 1, 16, Script.ANY, false, 1), PLANTED);
        assertTrue(any.candidates().stream().anyMatch(c -> c.piece().startsWith("▁")), any.candidates().toString());
        MiningResult cjk = mine(new MiningOptions(5, 1, 16, Script.CJK, false, 1), PLANTED);
        assertTrue(cjk.candidates().stream().allMatch(c -> c.text().codePoints().allMatch(Character::isIdeographic)));
    }

    @Test
    void minimumFrequencyAndMaximumLengthFilterRows() throws IOException {
        assertEquals(List.of("中文"), pieces(mine(new MiningOptions(10, 11, 16, Script.CJK, false, 1), PLANTED)));
        assertEquals(List.of("中文", "文本"), pieces(mine(new MiningOptions(10, 1, 2, Script.CJK, false, 1), PLANTED)));
    }

    @Test
    void excludeExistingSkipsPiecesTheBaseEncodesAsOneToken() throws IOException {
        // 字本 mid-word (30 times): the base encodes the text "字本" as the one token ▁字本
        String[] lines = concat(repeat("文字本", 20), repeat("本字本", 10), repeat("中字", 5));
        assertEquals("字本", pieces(mine(new MiningOptions(1, 1, 16, Script.CJK, false, 1), lines)).getFirst());
        assertEquals(List.of("文字", "文字本"), pieces(mine(new MiningOptions(2, 1, 16, Script.CJK, true, 1), lines)));
    }

    @Test
    void oneAndTwoThreadsGiveTheSameRows() throws IOException {
        // several batches of 64k characters, more than the in-flight limit, in a shuffled order
        java.util.Random random = new java.util.Random(42);
        String[] words = {"中文", "文本", "字本", "中字", "鬱文", "本中"};
        String[] lines = new String[40_000];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = words[random.nextInt(words.length)] + words[random.nextInt(words.length)];
        }
        MiningResult one = mine(new MiningOptions(30, 1, 16, Script.CJK, false, 1), lines);
        MiningResult two = mine(new MiningOptions(30, 1, 16, Script.CJK, false, 2), lines);
        assertEquals(one.candidates(), two.candidates());
        assertEquals(one.stats(), two.stats());
    }

    @Test
    void aCorpusLargerThanTheBatchesIsCountedExactly() throws IOException {
        // 60,000 lines ≈ 300k characters: many batches stream through; the counts scale exactly
        MiningResult r = mine(options(1), concat(repeat("中文", 40_000), repeat("中文本", 20_000)));
        assertEquals(List.of(new Candidate("中文", "中文", 60_000, 60_000, "中", "文")), r.candidates());
        assertEquals(60_000, r.stats().lines());
        assertEquals(40_000 * 3 + 20_000 * 4, r.stats().baseTokens());
        assertEquals(2, r.stats().distinctSegments(), "the corpus collapses to two segments");
    }

    @Test
    void anEmptyCorpusIsRejectedNamingTheFile() throws IOException {
        var e = assertThrows(CorpusFormatException.class, () -> mine(options(1), "", "  "));
        assertEquals(CorpusFormatException.Reason.EMPTY, e.reason());
        assertTrue(e.getMessage().contains("corpus-"), e.getMessage());
    }

    @Test
    void aCorpusThatIsNotUtf8IsRejectedNamingTheFileAndLine() throws IOException {
        Path base = MiningFixtures.model(dir.resolve("base"));
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, concatBytes("中文\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "中文\n".getBytes(java.nio.charset.Charset.forName("GBK"))));
        var e = assertThrows(CorpusFormatException.class,
                () -> SubwordMiner.mine(base, List.of(gbk), options(1), JobContext.silent()));
        assertEquals(CorpusFormatException.Reason.NOT_UTF8, e.reason());
        assertTrue(e.getMessage().startsWith(gbk + ": not UTF-8 text"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void cjkWordStartAlsoMergesTheSpaceThatOpensAChineseRun() throws IOException {
        String[] lines = concat(repeat("中文", 20), repeat("a 中文", 5), repeat("ab", 30));
        var start = new MiningOptions(3, 1, 16, Script.CJK_WORD_START, false, 2);
        List<String> pieces = mine(start, lines).candidates().stream().map(Candidate::piece).toList();
        assertTrue(pieces.contains("▁中文"), pieces.toString());
        assertTrue(pieces.stream().allMatch(p -> p.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN)), "every piece holds a CJK ideograph: " + pieces);
        assertTrue(pieces.stream().noneMatch(p -> p.indexOf('a') >= 0 || p.indexOf('b') >= 0), pieces.toString());
        List<String> plain = mine(options(3), lines).candidates().stream().map(Candidate::piece).toList();
        assertTrue(plain.stream().noneMatch(p -> p.startsWith("▁")), "plain CJK never takes the space: " + plain);
    }

    @Test
    void cjkPunctuationJoinsIdeographsButNeverMergesWithoutOne() throws IOException {
        String[] lines = concat(repeat("中文。中文，文本。", 20), repeat("ab. ab, “ab”", 20));
        var punct = new MiningOptions(12, 1, 16, Script.CJK_PUNCTUATION, false, 2);
        List<Candidate> rows = mine(punct, lines).candidates();
        List<String> pieces = rows.stream().map(Candidate::piece).toList();
        assertTrue(pieces.contains("中文。") || pieces.contains("。中文"), pieces.toString());
        assertTrue(pieces.contains("。"), "a byte-fallback CJK punctuation character becomes a piece: " + pieces);
        assertTrue(rows.stream().filter(r -> !r.left().isEmpty()).allMatch(r -> r.piece().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)),
                "every merged piece holds a CJK ideograph: " + pieces);
        assertTrue(pieces.stream().noneMatch(p -> p.contains(".") || p.contains(",") || p.contains("“")
                || p.contains("a")), "English punctuation and letters stay out: " + pieces);
        List<String> word = mine(new MiningOptions(12, 1, 16, Script.CJK_WORD_START, false, 2), lines).candidates()
                .stream().map(Candidate::piece).toList();
        assertTrue(word.stream().noneMatch(p -> p.contains("。") || p.contains("，")), word.toString());
    }

    @Test
    void aMissingCorpusFileIsNamed() throws IOException {
        Path base = MiningFixtures.model(dir.resolve("base"));
        Path missing = dir.resolve("nope.txt");
        var e = assertThrows(java.nio.file.NoSuchFileException.class,
                () -> SubwordMiner.mine(base, List.of(missing), options(1), JobContext.silent()));
        assertEquals(missing.toString(), e.getFile());
    }

    @Test
    void cancellationStopsMining() throws IOException {
        Path base = MiningFixtures.model(dir.resolve("base"));
        Path corpus = MiningFixtures.corpus(dir.resolve("c.txt"), PLANTED);
        org.vwb.common.Cancellation cancel = new org.vwb.common.Cancellation();
        cancel.request();
        assertThrows(org.vwb.common.JobCancelledException.class, () -> SubwordMiner.mine(base, List.of(corpus),
                options(1), new JobContext(org.vwb.common.ProgressSink.NONE, cancel)));
    }

    @Test
    void projectingTheRowsOntoTheMiningCorpusSavesWhatMiningCounted() throws IOException {
        String[] lines = concat(PLANTED, repeat("鬱中文", 4), repeat("abc", 3));
        MiningResult r = mine(options(10), lines);
        Path corpus = MiningFixtures.corpus(dir.resolve("again.txt"), lines);
        Projection p = SubwordMiner.project(dir.resolve("base"), r.candidates(), List.of(corpus), 2, JobContext.silent());
        assertEquals(r.stats().baseTokens(), p.baseTokens());
        assertEquals(r.projectedTokens(), p.projectedTokens());
        assertEquals(49, p.changedLines(), "every Chinese line, no Latin line");
        Projection none = SubwordMiner.project(dir.resolve("base"), List.of(), List.of(corpus), 1, JobContext.silent());
        assertEquals(none.baseTokens(), none.projectedTokens());
    }

    private static byte[] concatBytes(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<String> pieces(MiningResult r) {
        return r.candidates().stream().map(Candidate::piece).toList();
    }
}
