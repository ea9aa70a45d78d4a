package org.vwb.vocab.fertility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.vocab.CorpusFormatException;
import org.vwb.vocab.TokenizerKind;
import org.vwb.vocab.mine.MiningFixtures;

class FertilityAnalyzerTest {

    @TempDir
    Path dir;

    @Test
    void countsMatchAHandCountedExample() throws IOException {
        Path model = MiningFixtures.model(dir.resolve("m"));
        // 中文 → ▁ 中 文 (3); "ab ab" → ▁a b ▁a b (4, two words); 鬱 → ▁ <0xE9> <0xAC> <0xB1> (4, three bytes)
        Path corpus = MiningFixtures.corpus(dir.resolve("c.txt"), "中文", "", "ab ab", "鬱");
        FertilityReport r = FertilityAnalyzer.analyze(model, Optional.of(model), List.of(corpus), 2, 3, JobContext.silent());
        FertilityStats s = r.base();
        assertEquals(TokenizerKind.SENTENCEPIECE_BPE, s.kind());
        assertEquals(270, s.vocabularySize());
        assertEquals(3, s.lines());
        assertEquals(8, s.characters());
        assertEquals(3, s.cjkCharacters());
        assertEquals(11, s.tokens());
        assertEquals(2, s.words());
        assertEquals(4, s.wordTokens());
        assertEquals(3, s.byteFallbackTokens());
        assertEquals(8, s.usedIds());
        assertEquals(11.0 / 8, s.tokensPerCharacter());
        assertEquals(11.0 / 3, s.tokensPerCjkCharacter());
        assertEquals(2.0, s.tokensPerWord());
        assertEquals(3.0 / 11, s.byteFallbackShare());
        assertEquals(8.0 / 270, s.vocabularyUsedShare());
        assertEquals(List.of(new PieceCount(259, "▁a", " a", 2), new PieceCount(262, "▁", " ", 2),
                new PieceCount(268, "b", "b", 2)), s.topUsed());
        assertEquals(List.of(new PieceCount(260, "▁字", " 字", 0), new PieceCount(261, "▁字本", " 字本", 0),
                new PieceCount(265, "字", "字", 0)), s.topUnused());
        assertEquals(Optional.of(s), r.compare(), "the same tokenizer compared with itself");
    }

    @Test
    void measureAfterCountsOnlyTheLinesAfterTheSkippedOnesAcrossFiles() throws IOException {
        Path model = MiningFixtures.model(dir.resolve("m"));
        Path a = MiningFixtures.corpus(dir.resolve("a.txt"), "\uFEFF中文", "", "ab ab");
        Path b = MiningFixtures.corpus(dir.resolve("b.txt"), "鬱", "ab");
        try (var enc = org.vwb.vocab.TokenizerEncoder.open(model)) {
            FertilityStats all = FertilityAnalyzer.measure(enc, List.of(a, b), 2, 0, JobContext.silent());
            for (int skip = 0; skip <= 4; skip++) {
                FertilityStats rest = FertilityAnalyzer.measureAfter(enc, List.of(a, b), skip, 1, 0, JobContext.silent());
                long skippedTokens = 0;
                long skippedChars = 0;
                for (String line : List.of("中文", "ab ab", "鬱", "ab").subList(0, skip)) {
                    skippedTokens += enc.encode(line).length;
                    skippedChars += line.codePointCount(0, line.length());
                }
                assertEquals(all.lines() - skip, rest.lines(), "skip " + skip);
                assertEquals(all.tokens(), skippedTokens + rest.tokens(), "skip " + skip);
                assertEquals(all.characters(), skippedChars + rest.characters(), "skip " + skip);
            }
            assertEquals(0, FertilityAnalyzer.measureAfter(enc, List.of(a, b), 9, 1, 0, JobContext.silent()).tokens());
        }
    }

    @Test
    void emptyAndNonUtf8CorporaAreRejected() throws IOException {
        Path model = MiningFixtures.model(dir.resolve("m"));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n\n");
        var e = assertThrows(CorpusFormatException.class, () -> FertilityAnalyzer.analyze(model, Optional.empty(),
                List.of(empty), 1, 0, JobContext.silent()));
        assertEquals(CorpusFormatException.Reason.EMPTY, e.reason());
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'o', 'k', '\n', 'n', (byte) 0xE9, '\n'});
        var bad = assertThrows(CorpusFormatException.class, () -> FertilityAnalyzer.analyze(model, Optional.empty(),
                List.of(latin1), 1, 0, JobContext.silent()));
        assertEquals(latin1 + ": not UTF-8 text: malformed byte sequence in line 2; convert the corpus to UTF-8"
                + " (e.g. iconv -f GB18030 -t UTF-8)", bad.getMessage());
    }
}
