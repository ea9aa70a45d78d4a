package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.model.ModelSummary;

class WorkbenchVocabularyTest {

    private final Workbench workbench = new Workbench();

    @Test
    void vocabularyListsEveryIdAndCountsHanPiecesAsInspectDoes(@TempDir Path tmp) throws Exception {
        Path dir = workbench.writeSample(new SampleRequest("tiny-llama-untied-bf16", tmp.resolve("m"))).run(JobContext.silent());
        List<VocabEntry> entries = workbench.vocabulary(dir).run(JobContext.silent());
        ModelSummary summary = workbench.inspect(dir).run(JobContext.silent());

        assertEquals(summary.vocabulary().orElseThrow().size(), entries.size());
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(i, entries.get(i).id());
        }
        assertEquals(summary.cjk().orElseThrow().piecesWithCjk(), entries.stream().filter(VocabEntry::cjk).count());
        assertTrue(entries.stream().filter(VocabEntry::cjk).allMatch(e -> e.text().codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)));
    }

    @Test
    void vocabularyOfAFolderWithoutTokenizerIsEmpty(@TempDir Path tmp) throws Exception {
        Path dir = workbench.writeSample(new SampleRequest("tiny-llama-untied-bf16", tmp.resolve("m"))).run(JobContext.silent());
        for (String f : List.of("tokenizer.json", "tokenizer.model", "tokenizer_config.json", "special_tokens_map.json")) {
            Files.deleteIfExists(dir.resolve(f));
        }
        assertEquals(List.of(), workbench.vocabulary(dir).run(JobContext.silent()));
    }
}
