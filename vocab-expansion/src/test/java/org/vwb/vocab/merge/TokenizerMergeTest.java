package org.vwb.vocab.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.vocab.SpmFixtures;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerFormatException.Reason;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.edit.SentencePieceDocument;
import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto;
import org.vwb.vocab.spm.proto.SentencePieceModel.TrainerSpec;

class TokenizerMergeTest {

    @TempDir
    Path dir;
    Path base;
    Path corpus;

    @BeforeEach
    void baseFolder() throws IOException {
        base = dir.resolve("base");
        SpmFixtures.writeFolder(SpmFixtures.tinyBpe().build(), base);
        corpus = dir.resolve("corpus.txt");
        Files.writeString(corpus, "hello world 中文\n人中文 hello\nworld hello hello\n");
    }

    private MergeReport merge(String csv, int top) throws IOException {
        Path table = dir.resolve("candidates.csv");
        Files.writeString(table, csv);
        return TokenizerMerge.run(new MergeRequest(base, table, top, dir.resolve("out"), List.of(corpus)), JobContext.silent());
    }

    @Test
    void everyAddedPieceIsProducedAndOldIdsAndEnglishTextAreUnchanged() throws IOException {
        MergeReport r = merge("piece,frequency,tokens_saved,left,right\n中文,10,5,中,文\n▁中文,8,4,,\n人中文,3,1,,\n", 10);
        assertEquals(3, r.added());
        assertEquals(2, r.addedCjkCharacters(), "文 and 人 were byte fallback only");
        assertEquals(0, r.unreachable());
        assertEquals(0, r.englishLinesChanged());
        assertEquals(2, r.checks().size(), "both engines checked");
        r.checks().forEach(c -> assertEquals(0, c.roundTripMismatches(), c.file()));
        assertEquals(0, r.modelJsonDisagreements());

        Path out = dir.resolve("out");
        SentencePieceDocument before = SentencePieceDocument.read(base.resolve("tokenizer.model"));
        SentencePieceDocument after = SentencePieceDocument.read(out.resolve("tokenizer.model"));
        int n = before.proto().getPiecesCount();
        assertEquals(before.proto().getPiecesList(), after.proto().getPiecesList().subList(0, n), "old pieces and ids kept");
        assertEquals(before.proto().getTrainerSpec(), after.proto().getTrainerSpec());
        float lowest = before.lowestNormalScore();
        float previous = lowest;
        for (int id = n; id < after.proto().getPiecesCount(); id++) {
            float s = after.proto().getPieces(id).getScore();
            assertTrue(s < previous, "scores strictly decrease below the base's lowest, id " + id);
            previous = s;
        }
        Vocabulary json = Vocabulary.readTokenizerJson(out.resolve("tokenizer.json"));
        for (int id = 0; id < after.proto().getPiecesCount(); id++) {
            assertEquals(id, json.idOf(after.proto().getPieces(id).getPiece()).getAsInt(), "model and json ids agree");
        }
        try (TokenizerEncoder e = TokenizerEncoder.open(out.resolve("tokenizer.model"))) {
            int zw = after.vocabulary().idOf("▁中文").getAsInt();
            assertArrayEquals(new int[] {zw}, e.encode("中文"));
        }
        JsonNode mapping = new ObjectMapper().readTree(out.resolve("vwb-id-mapping.json").toFile());
        assertEquals(n, mapping.get("oldSize").asInt());
        assertEquals(after.proto().getPiecesCount(), mapping.get("newSize").asInt());
        JsonNode first = mapping.get("newTokens").get(0);
        assertEquals("文", first.get("piece").asText());
        assertEquals(3, first.get("baseIds").size(), "文 was three byte pieces in the base");
        assertTrue(Files.exists(out.resolve("merge-report.json")));
        assertTrue(Files.exists(out.resolve("vwb-provenance.json")));
        assertFalse(Files.exists(out.resolve("config.json")));
    }

    @Test
    void theCheckCorpusCountsAddUpWithTheFertilityOfTheLinesAfterIt() throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF");
        String[] lines = {"hello world 中文", "人中文 hello", "", "world 中文中文 hello", "hello"};
        for (int i = 0; i < TokenizerMerge.MAX_CORPUS_LINES * 5 / 4 + 50; i++) { // a fifth blank
            text.append(lines[i % lines.length]).append(i % 7 == 0 ? " 文" : "").append('\n');
        }
        Files.writeString(corpus, text);
        Path second = Files.writeString(dir.resolve("second.txt"), "中文人\nhello 中文\n");
        Path table = Files.writeString(dir.resolve("candidates.csv"),
                "piece,frequency,tokens_saved,left,right\n中文,10,5,中,文\n▁中文,8,4,,\n");
        MergeReport r = TokenizerMerge.run(new MergeRequest(base, table, 10, dir.resolve("out"), List.of(corpus, second)),
                JobContext.silent());
        for (EngineCheck c : r.checks()) {
            assertEquals(TokenizerMerge.MAX_CORPUS_LINES, c.corpusLines(), c.file());
            try (TokenizerEncoder e = TokenizerEncoder.open(dir.resolve("out").resolve(c.file()))) {
                var all = org.vwb.vocab.fertility.FertilityAnalyzer.measure(e, List.of(corpus, second), 2, 0, JobContext.silent());
                var rest = org.vwb.vocab.fertility.FertilityAnalyzer.measureAfter(e, List.of(corpus, second),
                        c.corpusLines(), 2, 0, JobContext.silent());
                assertEquals(all.lines(), c.corpusLines() + rest.lines(), c.file());
                assertEquals(all.characters(), c.corpusCharacters() + rest.characters(), c.file());
                assertEquals(all.tokens(), c.corpusTokens() + rest.tokens(), c.file());
                assertTrue(rest.tokens() > 0, "lines after the check's remain: " + c.file());
            }
        }
    }

    @Test
    void piecesWithoutPartsGetTheSplitTheTokenizerArrivesAtAndIntermediatesWhenNeeded() throws IOException {
        // 人中文 ends as three symbols (人, 中, 文): an intermediate is needed; 中文 is itself a later
        // candidate, so it is the one chosen.
        MergeReport r = merge("人中文,3,1,,\n中文,10,5,,\n", 10);
        assertEquals(2, r.added());
        assertEquals(0, r.intermediates());
        assertEquals(0, r.unreachable());
        MergeReport again = TokenizerMerge.run(new MergeRequest(base, dir.resolve("candidates.csv"), 1, dir.resolve("out2"),
                List.of()), JobContext.silent());
        assertEquals(1, again.added(), "--top 1");
        assertEquals(1, again.intermediates(), "中文 is then only an intermediate");
    }

    @Test
    void aChineseLlamaStyleScoreZeroAppendIsCaughtByTheChecks() throws IOException {
        // What merge_tokenizers.py does: append unigram pieces with score 0, which outranks every merge.
        ModelProto.Builder b = SpmFixtures.tinyBpe();
        int n = b.getPiecesCount();
        b.addPieces(SpmFixtures.piece("ll", 0, ModelProto.SentencePiece.Type.NORMAL));
        b.addPieces(SpmFixtures.piece("中文人", 0, ModelProto.SentencePiece.Type.NORMAL));
        Path bad = Files.createDirectories(dir.resolve("score0"));
        Files.write(bad.resolve("tokenizer.model"), b.build().toByteArray());
        List<PlannedPiece> pieces = List.of(
                new PlannedPiece("ll", n, 0, null, PlannedPiece.Origin.CANDIDATE, List.of()),
                new PlannedPiece("中文人", n + 1, 0, null, PlannedPiece.Origin.CANDIDATE, List.of()));
        MergeVerifier.Result result = MergeVerifier.verify(BaseTokenizer.open(base), bad, pieces, Files.readAllLines(corpus));
        EngineCheck check = result.checks().getFirst();
        assertTrue(check.englishLinesChanged() > 0, "score 0 outranks e+l and changes 'hello'");
        assertEquals(List.of("中文人"), check.unreachable(), "no split into two pieces exists");

        // The same two candidates through the merge: both reachable, and 'hello' keeps its ids (only text
        // whose base tokens end as adjacent l, l, e.g. 'all', now uses the new piece).
        MergeReport r = merge("ll,1,1,,\n中文人,1,1,,\n", 10);
        assertEquals(0, r.unreachable());
        try (TokenizerEncoder b1 = TokenizerEncoder.open(base.resolve("tokenizer.model"));
                TokenizerEncoder a1 = TokenizerEncoder.open(dir.resolve("out/tokenizer.model"));
                TokenizerEncoder z1 = TokenizerEncoder.open(bad.resolve("tokenizer.model"))) {
            assertArrayEquals(b1.encode("hello hello"), a1.encode("hello hello"));
            assertFalse(java.util.Arrays.equals(b1.encode("hello hello"), z1.encode("hello hello")));
        }
    }

    @Test
    void importTakesTheCjkPiecesOfAnotherTokenizer() throws IOException {
        ModelProto.Builder other = ModelProto.newBuilder();
        other.addPieces(SpmFixtures.piece("<unk>", 0, ModelProto.SentencePiece.Type.UNKNOWN));
        other.addPieces(SpmFixtures.piece("▁中文", -1, ModelProto.SentencePiece.Type.NORMAL));
        other.addPieces(SpmFixtures.piece("文人", -2, ModelProto.SentencePiece.Type.NORMAL));
        other.addPieces(SpmFixtures.piece("hello", -3, ModelProto.SentencePiece.Type.NORMAL));
        other.addPieces(SpmFixtures.piece("中", -4, ModelProto.SentencePiece.Type.NORMAL));
        other.setTrainerSpec(TrainerSpec.newBuilder().setModelType(TrainerSpec.ModelType.UNIGRAM).setUnkId(0));
        Path zh = dir.resolve("zh.model");
        Files.write(zh, other.build().toByteArray());
        MergeReport r = TokenizerMerge.run(new MergeRequest(base, zh, 100, dir.resolve("out"), List.of()), JobContext.silent());
        assertEquals(3, r.candidatesRead(), "hello is not CJK");
        assertEquals(1, r.alreadyPresent(), "中");
        assertEquals(2, r.added());
        assertEquals(0, r.unreachable());
        assertEquals(0, r.englishLinesChanged());
    }

    @Test
    void aCandidateWhosePartsDoNotExistIsRefusedWithFileAndLine() throws IOException {
        var e = assertThrows(TokenizerFormatException.class, () -> merge("piece,frequency\n中国人,1,1,中国,人\n", 10));
        assertEquals(Reason.MERGE_MISSING_PIECE, e.reason());
        assertTrue(e.getMessage().contains("candidates.csv:2: candidate '中国人' names part '中国'"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aMalformedCandidateRowIsRefusedWithFileAndLine() throws IOException {
        var e = assertThrows(TokenizerFormatException.class, () -> merge("中文,1,1,,\n▁中文,x,1,,\n", 10));
        assertEquals(Reason.INVALID_FIELD, e.reason());
        assertTrue(e.getMessage().contains("candidates.csv:2: malformed candidate row: column 'frequency'"), e.getMessage());
        var q = assertThrows(TokenizerFormatException.class, () -> merge("中文,1,1,,\n\"unclosed,1\n", 10));
        assertTrue(q.getMessage().contains("candidates.csv:2: malformed candidate row"), q.getMessage());
        var parts = assertThrows(TokenizerFormatException.class, () -> merge("中文,1,1,中,中\n", 10));
        assertTrue(parts.getMessage().contains("does not spell piece '中文'"), parts.getMessage());
    }

    @Test
    void aTokenizerConfigThatDisagreesWithTheTokenizerIsRefused() throws IOException {
        Files.writeString(base.resolve("tokenizer_config.json"),
                "{\"added_tokens_decoder\": {\"1\": {\"content\": \"<bos>\", \"special\": true}}}");
        var e = assertThrows(TokenizerFormatException.class, () -> merge("中文,1,1,,\n", 10));
        assertEquals(Reason.ADDED_TOKEN_COLLISION, e.reason());
        assertTrue(e.getMessage().contains("tokenizer_config.json: added_tokens_decoder.1 is '<bos>', but the tokenizer has '<s>'"),
                e.getMessage());
        Files.writeString(base.resolve("tokenizer_config.json"),
                "{\"added_tokens_decoder\": {\"1\": {\"content\": \"<s>\", \"special\": true}}, \"bos_token\": \"<s>\"}");
        merge("中文,1,1,,\n", 10);
        assertEquals(Files.readString(base.resolve("tokenizer_config.json")),
                Files.readString(dir.resolve("out/tokenizer_config.json")), "copied unchanged");
    }

    private Path unigramFolder(boolean withJson) throws IOException {
        Path uni = Files.createDirectories(dir.resolve("uni"));
        ModelProto.Builder m = SpmFixtures.tinyBpe();
        m.setTrainerSpec(m.getTrainerSpec().toBuilder().setModelType(TrainerSpec.ModelType.UNIGRAM));
        Files.write(uni.resolve("tokenizer.model"), m.build().toByteArray());
        if (withJson) {
            Files.writeString(uni.resolve("tokenizer.json"), SpmFixtures.tokenizerJson(SpmFixtures.tinyBpe().build()));
        }
        return uni;
    }

    @Test
    void aUnigramModelGetsScoresThatBeatTheBestSplit() throws IOException {
        Path uni = unigramFolder(false);
        // 中文 after 中文人: scored in that order, 中文 + 人 would tie 中文人 (planned shortest first instead)
        Path table = Files.writeString(dir.resolve("c.csv"), "▁中文,1,1,,\n中文人,1,1,,\nworld中,1,1,,\n中文,1,1,,\n");
        MergeReport r = TokenizerMerge.run(new MergeRequest(uni, table, 10, dir.resolve("out"), List.of(corpus)),
                JobContext.silent());
        assertEquals(4, r.added());
        assertEquals(List.of(), r.droppedUnreachable());
        assertEquals(2, r.addedCjkCharacters());
        assertEquals(0, r.unreachable());
        assertEquals(0, r.englishLinesChanged());
        SentencePieceDocument after = SentencePieceDocument.read(dir.resolve("out/tokenizer.model"));
        float lowest = SentencePieceDocument.read(uni.resolve("tokenizer.model")).lowestNormalScore();
        int zh = after.vocabulary().idOf("中文人").getAsInt();
        float parts = after.vocabulary().tokens().get(after.vocabulary().idOf("中").getAsInt()).score()
                + after.vocabulary().tokens().get(after.vocabulary().idOf("文").getAsInt()).score()
                + after.vocabulary().tokens().get(after.vocabulary().idOf("人").getAsInt()).score();
        assertTrue(after.vocabulary().tokens().get(zh).score() > parts, "beats its characters");
        assertEquals(lowest, after.vocabulary().tokens().get(after.vocabulary().idOf("文").getAsInt()).score(),
                "a new character gets the base's lowest score");
    }

    @Test
    void aUnigramModelWithATokenizerJsonIsRefusedWithAClearMessage() throws IOException {
        Path uni = unigramFolder(true);
        Path table = Files.writeString(dir.resolve("c.csv"), "中文,1,1,,\n");
        var e = assertThrows(TokenizerFormatException.class, () -> TokenizerMerge.run(
                new MergeRequest(uni, table, 10, dir.resolve("out"), List.of()), JobContext.silent()));
        assertEquals(Reason.UNKNOWN_MODEL_TYPE, e.reason());
        assertTrue(e.getMessage().contains("merging into an HF Unigram tokenizer.json is not implemented"), e.getMessage());
    }
}
