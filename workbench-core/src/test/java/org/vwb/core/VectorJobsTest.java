package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.Cancellation;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;
import org.vwb.common.ProgressSink;

class VectorJobsTest {

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Random r = new Random(4);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            for (int j = 0; j < 8; j++) {
                b.append(i % 2 == 0 ? "a" : "b").append(r.nextInt(10)).append(' ');
            }
            b.append('\n');
        }
        return Files.writeString(tmp.resolve("corpus.txt"), b.toString());
    }

    private TrainVectorsRequest request(Path corpus, Path out) {
        return new TrainVectorsRequest(List.of(corpus), false, 8, 2, 5, 5, 1, 0, 1, false, 1, out);
    }

    @Test
    void trainingWritesAVecFileWithOneRowPerVocabularyToken() throws IOException {
        Path out = tmp.resolve("v.vec");
        TrainVectorsSummary s = new Workbench().trainVectors(request(corpus(), out)).run(JobContext.silent());
        assertEquals(20, s.vocabulary());
        assertEquals(600L * 8, s.corpusTokens());
        assertEquals("20 8", Files.readAllLines(out).getFirst());
    }

    @Test
    void trainingOnTokenizerIdsWritesOneRowPerUsedPieceUnderItsSpelling() throws IOException {
        Path model = tmp.resolve("tiny");
        org.vwb.samples.Samples.write("tiny-llama-tied-f32", model);
        Path text = Files.writeString(tmp.resolve("zh.txt"), "the model reads the text\n我们的模型学习中文\n".repeat(200));
        Path out = tmp.resolve("tokens.vec");
        TrainVectorsRequest r = new TrainVectorsRequest(List.of(text), false, 8, 2, 3, 5, 1, 0, 1, false, 1, out,
                model);
        TrainVectorsSummary s = new Workbench().trainVectors(r).run(JobContext.silent());
        List<String> rows = Files.readAllLines(out);
        assertEquals(s.vocabulary() + " 8", rows.getFirst());
        List<String> words = rows.stream().skip(1).map(l -> l.substring(0, l.indexOf(' '))).toList();
        try (org.vwb.vocab.TokenizerEncoder e = org.vwb.vocab.TokenizerEncoder.open(model)) {
            java.util.Set<String> expected = new java.util.TreeSet<>();
            for (String line : List.of("the model reads the text", "我们的模型学习中文")) {
                for (int id : e.encode(line)) {
                    expected.add(e.vocabulary().tokens().get(id).piece());
                }
            }
            assertEquals(expected, new java.util.TreeSet<>(words), "exactly the pieces the tokenizer produced");
        }
        assertTrue(words.stream().anyMatch(w -> w.startsWith("\u2581")), "word-start pieces keep their marker");
    }

    @Test
    void charactersAndATokenizerExcludeEachOther() {
        assertThrows(IllegalArgumentException.class, () -> new TrainVectorsRequest(List.of(tmp), true, 8, 1, 1, 1, 1, 0,
                1, false, 1, tmp.resolve("o.vec"), tmp));
    }

    @Test
    void cancelledTrainingLeavesNoOutput() throws IOException {
        Path out = tmp.resolve("v.vec");
        Path c = corpus();
        Cancellation cancel = new Cancellation();
        ProgressSink cancelWhileTraining = new ProgressSink() {
            @Override
            public void begin(String stage, long totalUnits) {
            }

            @Override
            public void advance(long units) {
                cancel.request();
            }
        };
        assertThrows(JobCancelledException.class, () -> new Workbench().trainVectors(request(c, out))
                .run(new JobContext(cancelWhileTraining, cancel)));
        assertFalse(Files.exists(out));
        try (var left = Files.list(tmp)) {
            assertTrue(left.allMatch(p -> p.equals(c)), "only the corpus remains");
        }
    }

    @Test
    void ccCedictIsRecognisedAndReadAsEnglishToChinese() throws IOException {
        String[][] words = {{"cat", "貓", "猫", "mao1"}, {"dog", "狗", "狗", "gou3"}, {"fish", "魚", "鱼", "yu2"},
            {"bird", "鳥", "鸟", "niao3"}, {"horse", "馬", "马", "ma3"}, {"cow", "牛", "牛", "niu2"},
            {"sheep", "羊", "羊", "yang2"}, {"pig", "豬", "猪", "zhu1"}, {"tiger", "虎", "虎", "hu3"},
            {"wolf", "狼", "狼", "lang2"}};
        int d = 10;
        StringBuilder en = new StringBuilder(words.length + " " + d + "\n");
        StringBuilder zh = new StringBuilder(words.length + " " + d + "\n");
        StringBuilder cedict = new StringBuilder("# CC-CEDICT\n");
        for (int i = 0; i < words.length; i++) {
            en.append(words[i][0]);
            zh.append(words[i][2]);
            for (int j = 0; j < d; j++) {
                en.append(j == i ? " 1" : " 0");
                zh.append(j == i ? " 1" : " 0");
            }
            en.append('\n');
            zh.append('\n');
            cedict.append(words[i][1]).append(' ').append(words[i][2]).append(" [").append(words[i][3]).append("] /")
                    .append(words[i][0]).append("/CL:隻|只[zhi1]/\n");
        }
        Path src = Files.writeString(tmp.resolve("en.vec"), en);
        Path tgt = Files.writeString(tmp.resolve("zh.vec"), zh);
        Path dict = Files.writeString(tmp.resolve("cedict.u8"), cedict);
        Path out = tmp.resolve("aligned.vec");
        AlignVectorsSummary s = new Workbench().alignVectors(new AlignVectorsRequest(src, tgt, dict, "auto", 1, 0.2, 1,
                1000, 1000, out)).run(JobContext.silent());
        assertEquals(8, s.trainPairs());
        assertEquals(2, s.testPairs());
        assertEquals(8, s.rowPairs());
        assertEquals(2, s.before().queries());
        assertTrue(Files.readString(out).startsWith("10 10\n"));
    }

    @Test
    void vectorFormatErrorsAreBadInput() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.vec"), "2 2\na 1 2\nb 1 NaN\n");
        Path dict = Files.writeString(tmp.resolve("d.tsv"), "a\tb\n");
        AlignVectorsRequest r = new AlignVectorsRequest(bad, bad, dict, "auto", 0, 0.5, 1, 100, 100, tmp.resolve("o.vec"));
        var e = assertThrows(IOException.class, () -> new Workbench().alignVectors(r).run(JobContext.silent()));
        assertTrue(BadInput.of(e).isPresent(), e.toString());
        assertTrue(e.getMessage().contains(bad + ", line 3"), e.getMessage());
    }
}
