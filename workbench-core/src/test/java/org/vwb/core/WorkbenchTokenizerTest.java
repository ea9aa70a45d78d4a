package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.Cancellation;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;
import org.vwb.vocab.CorpusFormatException;
import org.vwb.vocab.fertility.FertilityReport;
import org.vwb.vocab.mine.Candidate;
import org.vwb.vocab.mine.CandidateCsv;
import org.vwb.vocab.mine.MiningOptions;
import org.vwb.vocab.mine.MiningResult;

/// Mining and fertility through the facade, on the tiny Llama sample's SentencePiece tokenizer.
class WorkbenchTokenizerTest {

    @TempDir
    Path tmp;

    private final Workbench workbench = new Workbench();

    private Path sample() throws IOException {
        return workbench.writeSample(new SampleRequest("tiny-llama-tied-f32", tmp.resolve("llama"))).run(JobContext.silent());
    }

    private Path corpus() throws IOException {
        return Files.writeString(tmp.resolve("zh.txt"), "词表扩展让中文更省词元。\n".repeat(20) + "扩展词表以后，中文文本更短。\n".repeat(10));
    }

    @Test
    void mineWritesTheCandidatesCsvItReturns() throws IOException {
        Path out = tmp.resolve("candidates.csv");
        WorkbenchTest.RecordingSink sink = new WorkbenchTest.RecordingSink();
        MiningResult r = workbench.mineSubwords(new MineRequest(sample(), List.of(corpus()), MiningOptions.of(20), out))
                .run(new JobContext(sink, new Cancellation()));
        assertFalse(r.candidates().isEmpty());
        assertEquals(r.candidates(), CandidateCsv.read(out));
        Candidate best = r.candidates().getFirst();
        assertTrue(best.tokensSaved() >= r.candidates().getLast().tokensSaved());
        assertEquals(30, r.stats().lines());
        assertTrue(sink.stages.contains("merging pairs"), sink.stages.toString());
        assertEquals("writing candidates.csv", sink.stages.getLast());
    }

    @Test
    void cancelledMiningWritesNothing() throws IOException {
        Path out = tmp.resolve("candidates.csv");
        Cancellation cancel = new Cancellation();
        cancel.request();
        var job = workbench.mineSubwords(new MineRequest(sample(), List.of(corpus()), MiningOptions.of(5), out));
        assertThrows(JobCancelledException.class, () -> job.run(new JobContext(org.vwb.common.ProgressSink.NONE, cancel)));
        assertFalse(Files.exists(out));
    }

    @Test
    void fertilityComparesTwoTokenizers() throws IOException {
        Path llama = sample();
        FertilityReport r = workbench.fertility(new FertilityRequest(llama, Optional.of(llama), List.of(corpus()), 2, 5))
                .run(JobContext.silent());
        assertEquals(30, r.base().lines());
        assertEquals(r.base(), r.compare().orElseThrow());
        assertTrue(r.base().tokensPerCjkCharacter() > 0);
    }

    @Test
    void anEmptyCorpusIsBadInput() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        var e = assertThrows(CorpusFormatException.class, () -> workbench.fertility(
                new FertilityRequest(sample(), Optional.empty(), List.of(empty), 1, 0)).run(JobContext.silent()));
        assertEquals(Optional.of(new BadInput("CorpusFormatException", "EMPTY")), BadInput.of(e));
    }
}
