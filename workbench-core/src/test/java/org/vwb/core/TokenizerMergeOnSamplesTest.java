package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.samples.Samples;
import org.vwb.vocab.edit.JsonStyle;
import org.vwb.vocab.edit.SentencePieceDocument;
import org.vwb.vocab.edit.TokenizerJsonDocument;
import org.vwb.vocab.merge.EngineCheck;
import org.vwb.vocab.merge.MergeReport;
import org.vwb.vocab.merge.MergeRequest;

/// End to end on the generated tiny Llama (vocab-expansion cannot use sample-models: it would be a cycle).
class TokenizerMergeOnSamplesTest {

    @TempDir
    Path tmp;

    private Path sample() throws IOException {
        Path dir = tmp.resolve("tiny");
        Samples.write("tiny-llama-untied-bf16", dir);
        return dir;
    }

    @Test
    void theSampleTokenizerFilesRewriteByteForByte() throws IOException {
        Path dir = sample();
        assertTrue(SentencePieceDocument.read(dir.resolve("tokenizer.model")).rewritesIdentically());
        TokenizerJsonDocument json = TokenizerJsonDocument.read(dir.resolve("tokenizer.json"));
        assertEquals(JsonStyle.JACKSON_PRETTY, json.style(), "the sample is written by Jackson");
        assertTrue(json.rewritesIdentically());
    }

    @Test
    void wordsOfTheSampleCorpusAreMergedReachablyWithoutChangingEnglish() throws IOException {
        Path dir = sample();
        String corpus;
        try (InputStream in = Samples.class.getResourceAsStream("corpus.txt")) {
            corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path corpusFile = Files.writeString(tmp.resolve("corpus.txt"), corpus);
        // Hand-made candidates: every 2- and 3-character window of the corpus's Chinese runs.
        Set<String> pieces = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\p{IsHan}+").matcher(corpus);
        while (m.find()) {
            String run = m.group();
            for (int n = 2; n <= 3; n++) {
                for (int i = 0; i + n <= run.length(); i++) {
                    pieces.add(run.substring(i, i + n));
                }
            }
        }
        List<String> rows = new ArrayList<>();
        pieces.forEach(p -> rows.add(p + ",1,1,,"));
        Path csv = Files.write(tmp.resolve("c.csv"), rows);
        MergeReport r = new Workbench().mergeTokenizer(new MergeRequest(dir, csv, 150, tmp.resolve("out"),
                List.of(corpusFile))).run(JobContext.silent());
        assertTrue(r.added() > 100, "added " + r.added());
        assertEquals(List.of(), r.droppedUnreachable());
        assertEquals(0, r.unreachable());
        assertEquals(0, r.englishLinesChanged());
        assertEquals(0, r.modelJsonDisagreements());
        for (EngineCheck c : r.checks()) {
            assertEquals(0, c.roundTripMismatches(), c.file());
            assertTrue(c.addedPiecesUsed() > 0, c.file());
            assertTrue(c.inCorpus() >= r.added(), "every candidate comes from the corpus: " + c);
            assertTrue(c.notProducedInCorpus() < c.inCorpus(), c.toString());
        }
    }
}
