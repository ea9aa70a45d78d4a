package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.fertility.FertilityReport;
import org.vwb.vocab.merge.MergeReport;
import org.vwb.vocab.merge.MergeRequest;
import org.vwb.vocab.mine.MiningOptions;

/// The Candidates screen's jobs, on the tiny Llama sample (SentencePiece BPE with byte fallback).
class WorkbenchCandidatesTest {

    @TempDir
    Path tmp;

    private final Workbench workbench = new Workbench();

    private Path sample() throws IOException {
        return workbench.writeSample(new SampleRequest("tiny-llama-untied-bf16", tmp.resolve("llama"))).run(JobContext.silent());
    }

    private Path corpus() throws IOException {
        return Files.writeString(tmp.resolve("zh.txt"), "图书馆里有很多学生在看书。\n".repeat(12)
                + "我们的老师每天早上来学校。\n".repeat(8) + "The library opens at eight.\n".repeat(3));
    }

    private CandidateTable mine(Path base, Path corpus) throws IOException {
        return workbench.mineCandidates(new MineRequest(base, List.of(corpus), MiningOptions.of(30), tmp.resolve("c.csv")))
                .run(JobContext.silent());
    }

    @Test
    void minedRowsDecomposeIntoBasePiecesThatSpellThem() throws IOException {
        Path base = sample();
        CandidateTable table = mine(base, corpus());
        Set<String> vocabulary = new HashSet<>();
        try (TokenizerEncoder e = TokenizerEncoder.open(base)) {
            e.vocabulary().tokens().forEach(t -> vocabulary.add(t.piece()));
        }
        assertFalse(table.rows().isEmpty());
        assertTrue(table.stats().isPresent());
        boolean sawCharacter = false;
        boolean sawMerge = false;
        for (CandidateEntry row : table.rows()) {
            assertTrue(vocabulary.containsAll(row.baseTokens()), row.toString());
            assertEquals(row.text(), spell(row.baseTokens()), row.toString());
            assertTrue(row.baseTokens().size() >= 2, "a new piece replaces at least two base tokens: " + row);
            sawCharacter |= !row.hasParts();
            sawMerge |= row.hasParts();
        }
        assertTrue(sawCharacter && sawMerge, "the corpus has byte-fallback characters and merges");
        CandidateEntry first = table.rows().getFirst();
        assertEquals(1, first.rank());
    }

    /// The text of base pieces: byte pieces joined as UTF-8, `▁` as a space.
    private static String spell(List<String> pieces) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (String p : pieces) {
            if (p.matches("<0x[0-9A-F]{2}>")) {
                bytes.write(Integer.parseInt(p.substring(3, 5), 16));
            } else {
                bytes.writeBytes(p.replace('\u2581', ' ').getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void readingTheMinedCsvGivesTheSameRows() throws IOException {
        Path base = sample();
        CandidateTable mined = mine(base, corpus());
        CandidateTable read = workbench.readCandidates(new CandidateTableRequest(base, mined.source())).run(JobContext.silent());
        assertEquals(mined.rows(), read.rows());
        assertEquals(Optional.empty(), read.stats());
    }

    @Test
    void measuringASelectionEqualsMergingItsRowsAndRunningTheFertilityReport() throws IOException {
        Path base = sample();
        Path corpus = corpus();
        CandidateTable table = mine(base, corpus);
        int n = 10;
        SelectionFertility measured = workbench.measureSelection(new SelectionRequest(base, table.rows().subList(0, n),
                tmp.resolve("scratch"), List.of(corpus))).run(JobContext.silent());

        // The same rows through the command-line path: the first n rows of the mined CSV, merged, measured.
        MergeReport merged = workbench.mergeTokenizer(new MergeRequest(base, table.source(), n, tmp.resolve("cli"), List.of()))
                .run(JobContext.silent());
        FertilityReport expected = workbench.fertility(new FertilityRequest(base, Optional.of(tmp.resolve("cli")),
                List.of(corpus), 2, 0)).run(JobContext.silent());
        assertEquals(merged.newSize(), measured.merge().newSize());
        assertEquals(expected.base().tokens(), measured.before().tokens());
        assertEquals(expected.compare().orElseThrow().tokens(), measured.after().tokens());
        assertEquals(expected.compare().orElseThrow().tokensPerCharacter(), measured.after().tokensPerCharacter());
        assertTrue(measured.after().tokens() < measured.before().tokens());
    }

    @Test
    void mergingASelectionMakesEachSelectedPieceOneToken() throws IOException {
        Path base = sample();
        Path corpus = corpus();
        List<CandidateEntry> merges = mine(base, corpus).rows().stream().filter(CandidateEntry::hasParts).limit(3).toList();
        Path out = tmp.resolve("out");
        MergeReport r = workbench.mergeSelection(new SelectionRequest(base, merges, out, List.of(corpus))).run(JobContext.silent());
        assertEquals(0, r.unreachable());
        assertEquals(0, r.englishLinesChanged());
        assertTrue(Files.isRegularFile(out.resolve("merge-report.json")));
        for (CandidateEntry e : merges) {
            Tokenization t = workbench.tokenize(new TokenizeRequest(out, e.text())).run(JobContext.silent());
            assertEquals(List.of("\u2581", e.piece()), t.tokens().stream().map(TokenSpan::piece).toList(), e.toString());
        }
    }

    @Test
    void tokenizeReportsTheEnginesTokensWithTheirKinds() throws IOException {
        Path base = sample();
        String text = "我们很多";
        Tokenization t = workbench.tokenize(new TokenizeRequest(base, text)).run(JobContext.silent());
        try (TokenizerEncoder e = TokenizerEncoder.open(base)) {
            assertEquals(List.of(java.util.Arrays.stream(e.encode(text)).boxed().toArray()),
                    List.of(t.tokens().stream().map(TokenSpan::id).toArray()));
            for (TokenSpan s : t.tokens()) {
                Token token = e.vocabulary().tokens().stream().filter(x -> x.id() == s.id()).findFirst().orElseThrow();
                assertEquals(token.piece(), s.piece());
                assertEquals(token.kind(), s.kind());
            }
        }
        assertEquals(4, t.characters());
        assertTrue(t.tokens().stream().anyMatch(s -> s.kind() == TokenKind.BYTE), "们 is covered by byte fallback");
    }

    @Test
    void anEmptySelectionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SelectionRequest(tmp, List.of(), tmp.resolve("o"), List.of()));
    }

    @Test
    void reportLinesFlagChangedEnglishIdsAsAWarning() throws IOException {
        Path base = sample();
        Path corpus = corpus();
        List<CandidateEntry> rows = mine(base, corpus).rows().subList(0, 5);
        MergeReport r = workbench.mergeSelection(new SelectionRequest(base, rows, tmp.resolve("o"), List.of(corpus)))
                .run(JobContext.silent());
        List<SummaryLine> lines = MergeReportLines.of(r);
        SummaryLine english = lines.stream().filter(l -> l.label().equals("English ids")).findFirst().orElseThrow();
        assertFalse(english.warning());
        assertTrue(english.values().getFirst().startsWith("unchanged on all"), english.toString());
        assertTrue(lines.stream().noneMatch(SummaryLine::warning), lines.toString());
        SummaryLine ids = lines.stream().filter(l -> l.label().equals("Ids")).findFirst().orElseThrow();
        assertTrue(ids.values().getFirst().startsWith(String.format(java.util.Locale.ROOT, "%,d → %,d", r.oldSize(), r.newSize())));
    }
}
