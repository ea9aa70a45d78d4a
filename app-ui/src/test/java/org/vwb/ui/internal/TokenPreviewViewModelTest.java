package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.core.CandidateTable;
import org.vwb.core.MineRequest;
import org.vwb.core.SampleRequest;
import org.vwb.core.SelectionRequest;
import org.vwb.core.TokenizeRequest;
import org.vwb.core.Tokenization;
import org.vwb.core.Workbench;
import org.vwb.vocab.mine.MiningOptions;

/// The tokenization preview: what it shows is the core's tokenization, and typing fast starts little work.
class TokenPreviewViewModelTest {

    @TempDir
    Path tmp;

    private final Workbench workbench = new Workbench();
    private Path base;
    private Path expanded;

    @BeforeEach
    void tokenizers() throws IOException {
        base = workbench.writeSample(new SampleRequest("tiny-llama-untied-bf16", tmp.resolve("llama"))).run(JobContext.silent());
        Path corpus = TestSupport.corpus(tmp);
        CandidateTable t = workbench.mineCandidates(new MineRequest(base, List.of(corpus), MiningOptions.of(60),
                tmp.resolve("c.csv"))).run(JobContext.silent());
        expanded = tmp.resolve("expanded");
        workbench.mergeSelection(new SelectionRequest(base, t.rows(), expanded, List.of())).run(JobContext.silent());
    }

    private Tokenization core(Path tokenizer, String text) throws IOException {
        return workbench.tokenize(new TokenizeRequest(tokenizer, text)).run(JobContext.silent());
    }

    @Test
    void beforeAndAfterAreTheCoresTokenizations() throws IOException {
        TokenPreviewViewModel m = new TokenPreviewViewModel(workbench, new TestSupport.SyncRunner(), new TestSupport.ImmediateDebouncer());
        m.baseProperty().set(base);
        assertNull(m.afterTokensProperty().get(), "no expanded tokenizer yet");
        m.afterProperty().set(expanded);
        String text = "图书馆里有很多学生。";
        m.textProperty().set(text);
        assertEquals(core(base, text), m.beforeProperty().get());
        assertEquals(core(expanded, text), m.afterTokensProperty().get());
        assertTrue(m.afterTokensProperty().get().tokens().size() < m.beforeProperty().get().tokens().size(),
                "the expanded tokenizer needs fewer tokens on text like its corpus");
        assertEquals("", m.errorProperty().get());
    }

    @Test
    void typingABurstEncodesOnceWithEachTokenizer() {
        TestSupport.ManualDebouncer quiet = new TestSupport.ManualDebouncer();
        TestSupport.SyncRunner runner = new TestSupport.SyncRunner();
        TokenPreviewViewModel m = new TokenPreviewViewModel(workbench, runner, quiet);
        m.baseProperty().set(base);
        m.afterProperty().set(expanded);
        for (String prefix : List.of("我", "我们", "我们的", "我们的老", "我们的老师")) {
            m.textProperty().set(prefix);
        }
        assertEquals(List.of(), runner.titles);
        quiet.fire();
        assertEquals(List.of("Tokenizing with llama", "Tokenizing with expanded"), runner.titles);
        assertEquals("我们的老师", m.beforeProperty().get().text());
    }

    @Test
    void anEncodingOfOlderTextNeverReplacesTheNewest() throws IOException {
        TestSupport.ManualDebouncer quiet = new TestSupport.ManualDebouncer();
        TestSupport.HoldingRunner runner = new TestSupport.HoldingRunner();
        TokenPreviewViewModel m = new TokenPreviewViewModel(workbench, runner, quiet);
        m.baseProperty().set(base);
        m.textProperty().set("老");
        quiet.fire();
        m.textProperty().set("老师");
        quiet.fire();
        runner.runAll();
        assertEquals(core(base, "老师"), m.beforeProperty().get());
    }

    @Test
    void countsSayTokensPerCharacter() throws IOException {
        Tokenization t = core(base, "很多");
        assertEquals(String.format(java.util.Locale.ROOT, "%d tokens for 2 characters (%.2f per character)",
                t.tokens().size(), t.tokens().size() / 2.0), TokenPreviewViewModel.counts(t));
    }
}
