package org.vwb.vocab.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.vocab.SpmFixtures;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.mine.Script;

/// Listing the pieces of another tokenizer that a base lacks, across the `▁` and `Ġ` spellings.
class TokenizerImportTest {

    @TempDir
    Path dir;
    Path spBase;
    Path byteLevel;

    /// A SentencePiece base that has `▁hello` and `中`, and a byte-level tokenizer that has ` hello`,
    /// `中文` and ` 中文` (merged into a GPT-2-style base the project's own way).
    @BeforeEach
    void tokenizers() throws IOException {
        spBase = dir.resolve("sp");
        SpmFixtures.writeFolder(SpmFixtures.tinyBpe().build(), spBase);
        Path blBase = ByteLevelMergeTest.byteLevelBase(dir);
        Path csv = Files.writeString(dir.resolve("c.csv"), ByteLevelMergeTest.spell("中文") + ",5,3,,\n"
                + ByteLevelMergeTest.spell(" 中文") + ",4,3,,\n" + ByteLevelMergeTest.spell(" hello") + ",4,3,,\n");
        byteLevel = dir.resolve("bl");
        TokenizerMerge.run(new MergeRequest(blBase, csv, 10, byteLevel, List.of()), JobContext.silent());
    }

    private Map<String, TokenizerImport.Piece> read(Path base, Path other, Script script, List<Path> corpus)
            throws IOException {
        TokenizerImport.Result r = TokenizerImport.read(base, other, script, corpus, 2, JobContext.silent());
        return r.pieces().stream().collect(Collectors.toMap(TokenizerImport.Piece::text, Function.identity()));
    }

    @Test
    void aByteLevelPieceIsPresentWhenTheBaseHasItsTextWithTheMetaspaceMarker() throws IOException {
        Map<String, TokenizerImport.Piece> found = read(spBase, byteLevel, Script.ANY, List.of());
        assertFalse(found.containsKey(" hello"), "▁hello is in the base: " + found.keySet());
        assertFalse(found.containsKey("中"), "中 is in the base");
        assertEquals("中文", found.get("中文").piece());
        assertEquals("\u2581中文", found.get(" 中文").piece(), "respelled the SentencePiece way");
        assertTrue(found.containsKey("he"), "a byte-level merge the base lacks: " + found.keySet());
        assertEquals(0, found.get("中文").frequency());
    }

    @Test
    void theScriptFilterDecidesWhichPiecesQualify() throws IOException {
        assertEquals(java.util.Set.of("中文"), read(spBase, byteLevel, Script.CJK, List.of()).keySet());
        assertEquals(java.util.Set.of("中文", " 中文"), read(spBase, byteLevel, Script.CJK_WORD_START, List.of()).keySet());
    }

    @Test
    void aTokenizerHasNothingItsOwnBaseLacksAndPiecesCutInsideACharacterAreSkipped() throws IOException {
        assertEquals(Map.of(), read(byteLevel, byteLevel, Script.ANY, List.of()));
        Map<String, TokenizerImport.Piece> back = read(ByteLevelMergeTest.byteLevelBase(dir.resolve("again")), byteLevel,
                Script.ANY, List.of());
        assertTrue(back.keySet().containsAll(List.of("中文", " 中文", " hello")), back.keySet().toString());
        assertEquals(ByteLevelMergeTest.spell(" 中文"), back.get(" 中文").piece(), "spelled in the byte alphabet");
        for (TokenizerImport.Piece p : back.values()) {
            assertFalse(p.text().contains("\uFFFD"), p.toString());
        }
    }

    @Test
    void frequenciesAreHowOftenTheOtherTokenizerEmitsEachPiece() throws IOException {
        Path corpus = Files.writeString(dir.resolve("zh.txt"), "中文 中文\nhello 中文\n\n中文中文 hello\n");
        Map<String, TokenizerImport.Piece> found = read(spBase, byteLevel, Script.ANY, List.of(corpus));
        try (TokenizerEncoder e = TokenizerEncoder.open(byteLevel)) {
            for (TokenizerImport.Piece p : found.values()) {
                long n = 0;
                for (String line : Files.readAllLines(corpus)) {
                    for (int id : e.encode(line)) {
                        n += id == p.otherId() ? 1 : 0;
                    }
                }
                assertEquals(n, p.frequency(), p.toString());
            }
        }
        assertTrue(found.get("中文").frequency() + found.get(" 中文").frequency() >= 5, found.toString());
    }

    @Test
    void aFileThatIsNotATokenizerIsRefusedNamingIt() throws IOException {
        Path bad = Files.writeString(dir.resolve("tokenizer.json"), "{\"model\": 3}");
        TokenizerFormatException e = assertThrows(TokenizerFormatException.class,
                () -> TokenizerImport.read(spBase, bad, Script.ANY, List.of(), 1, JobContext.silent()));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        java.nio.file.NoSuchFileException missing = assertThrows(java.nio.file.NoSuchFileException.class,
                () -> TokenizerImport.read(spBase, empty, Script.ANY, List.of(), 1, JobContext.silent()));
        assertTrue(missing.getMessage().contains(empty.toString()), missing.getMessage());
    }
}
