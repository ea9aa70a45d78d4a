package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.Job;
import org.vwb.common.JobContext;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.merge.MergeReport;
import org.vwb.vocab.mine.MiningOptions;
import org.vwb.vocab.mine.Script;

/// Importing another tokenizer as candidates, on the tiny Llama sample and tokenizers merged from it.
class WorkbenchImportCandidatesTest {

    @TempDir
    Path tmp;

    private final Workbench workbench = new Workbench();

    private Path sample(String name) throws IOException {
        return workbench.writeSample(new SampleRequest(name, tmp.resolve(name))).run(JobContext.silent());
    }

    private Path corpus() throws IOException {
        return Files.writeString(tmp.resolve("zh.txt"), "图书馆里有很多学生在看书。\n".repeat(12)
                + "我们的老师每天早上来学校。\n".repeat(8) + "The library opens at eight.\n".repeat(3));
    }

    /// The sample base with the first 12 mined rows merged into `out` the GUI's way.
    private MergeReport merged(Path base, Path corpus, Path out) throws IOException {
        CandidateTable mined = workbench.mineCandidates(new MineRequest(base, List.of(corpus), MiningOptions.of(30),
                tmp.resolve("mined.csv"))).run(JobContext.silent());
        return workbench.mergeSelection(new SelectionRequest(base, mined.rows().subList(0, 12), out, List.of()))
                .run(JobContext.silent());
    }

    private CandidateTable importFrom(Path base, Path tokenizer, List<Path> corpus, Script script) throws IOException {
        return workbench.importCandidates(new ImportCandidatesRequest(base, tokenizer, corpus, script)).run(JobContext.silent());
    }

    /// The normal pieces `folder`'s tokenizer has at ids from `from` on.
    private static Set<String> piecesFrom(Path folder, int from) throws IOException {
        try (TokenizerEncoder e = TokenizerEncoder.open(folder)) {
            return e.vocabulary().tokens().stream().filter(t -> t.id() >= from && t.kind() == TokenKind.NORMAL)
                    .map(Token::piece).collect(Collectors.toSet());
        }
    }

    @Test
    void theAddedPiecesOfAMergedTokenizerComeBackWithTheirBaseDecomposition() throws IOException {
        Path base = sample("tiny-llama-untied-bf16");
        Path out = tmp.resolve("merged");
        MergeReport report = merged(base, corpus(), out);
        CandidateTable table = importFrom(base, out, List.of(), Script.ANY);

        assertEquals(piecesFrom(out, report.oldSize()), table.rows().stream().map(CandidateEntry::piece)
                .collect(Collectors.toSet()), "exactly the pieces the merge added");
        assertEquals(out.resolve("tokenizer.json"), table.source());
        for (CandidateEntry row : table.rows()) {
            assertEquals(table.rows().indexOf(row) + 1, row.rank());
            assertFalse(row.hasParts());
            assertEquals(0, row.frequency());
            // The decomposition is the base engine's tokens for the text inside a word.
            List<String> engine = new ArrayList<>(workbench.tokenize(new TokenizeRequest(base,
                    row.text().startsWith(" ") ? row.text().substring(1) : row.text())).run(JobContext.silent())
                    .tokens().stream().map(TokenSpan::piece).toList());
            if (!row.piece().startsWith("\u2581") && engine.getFirst().equals("\u2581")) {
                engine.removeFirst();
            }
            assertEquals(engine, row.baseTokens(), row.toString());
            assertTrue(row.baseTokens().size() >= 2, row.toString());
        }
        Set<String> han = importFrom(base, out, List.of(), Script.CJK).rows().stream().map(CandidateEntry::text)
                .collect(Collectors.toSet());
        assertFalse(han.isEmpty());
        assertTrue(han.stream().allMatch(t -> t.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN)), han.toString());
    }

    @Test
    void withACorpusRowsCountWhatTheOtherTokenizerEmitsAndGoBestFirstAndMergeAsMinedRowsDo() throws IOException {
        Path base = sample("tiny-llama-untied-bf16");
        Path corpus = corpus();
        Path out = tmp.resolve("merged");
        merged(base, corpus, out);
        CandidateTable table = importFrom(base, out, List.of(corpus), Script.ANY);

        try (TokenizerEncoder e = TokenizerEncoder.open(out)) {
            for (CandidateEntry row : table.rows()) {
                int id = e.vocabulary().idOf(row.piece()).getAsInt();
                long n = 0;
                for (String line : Files.readAllLines(corpus)) {
                    for (int x : e.encode(line)) {
                        n += x == id ? 1 : 0;
                    }
                }
                assertEquals(n, row.frequency(), row.toString());
                assertEquals(n * (row.baseTokens().size() - 1), row.tokensSaved(), row.toString());
            }
        }
        for (int i = 1; i < table.rows().size(); i++) {
            assertTrue(table.rows().get(i - 1).tokensSaved() >= table.rows().get(i).tokensSaved());
        }
        assertTrue(table.rows().getFirst().tokensSaved() > 0);

        // The rows merge through the selection path unchanged: each becomes one token.
        List<CandidateEntry> top = table.rows().subList(0, 5);
        Path again = tmp.resolve("again");
        MergeReport r = workbench.mergeSelection(new SelectionRequest(base, top, again, List.of(corpus)))
                .run(JobContext.silent());
        assertEquals(0, r.unreachable());
        try (TokenizerEncoder e = TokenizerEncoder.open(again)) {
            for (CandidateEntry row : top) {
                assertTrue(e.vocabulary().idOf(row.piece()).isPresent(), row.toString());
            }
        }
    }

    @Test
    void aTokenizerForAnotherModelListsOnlyWhatTheBaseLacks() throws IOException {
        Path base = sample("tiny-llama-untied-bf16");
        Path minilm = sample("minilm-l6");
        CandidateTable table = importFrom(base, minilm.resolve("tokenizer.json"), List.of(corpus()), Script.ANY);
        Set<String> baseTexts = new HashSet<>();
        try (TokenizerEncoder e = TokenizerEncoder.open(base)) {
            for (Token t : e.vocabulary().tokens()) {
                if (t.kind() == TokenKind.NORMAL || t.kind() == TokenKind.USER_DEFINED) {
                    baseTexts.add(e.vocabulary().decodedText(t));
                }
            }
        }
        assertTrue(table.rows().size() > 100, "WordPiece has many pieces the tiny base lacks: " + table.rows().size());
        for (CandidateEntry row : table.rows()) {
            assertFalse(baseTexts.contains(row.text()), row.toString());
        }
        assertTrue(table.rows().stream().anyMatch(r -> r.text().codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN)), "Han characters the base covers by bytes only");
    }

    @Test
    void aCancelledImportStopsWithoutAResult() throws IOException {
        Path base = sample("tiny-llama-untied-bf16");
        org.vwb.common.Cancellation cancelled = new org.vwb.common.Cancellation();
        cancelled.request();
        Job<CandidateTable> job = workbench.importCandidates(new ImportCandidatesRequest(base, base, List.of(), Script.ANY));
        assertThrows(org.vwb.common.JobCancelledException.class,
                () -> job.run(new JobContext(org.vwb.common.ProgressSink.NONE, cancelled)));
    }

    @Test
    void aFileThatIsNotATokenizerIsRefusedNamingIt() throws IOException {
        Path base = sample("tiny-llama-untied-bf16");
        Path bad = Files.writeString(tmp.resolve("tokenizer.model"), "not a sentencepiece model");
        IOException e = assertThrows(IOException.class, () -> importFrom(base, bad, List.of(), Script.ANY));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        assertTrue(BadInput.of(e).isPresent(), "reported as bad input, not as a crash: " + e);
    }
}
