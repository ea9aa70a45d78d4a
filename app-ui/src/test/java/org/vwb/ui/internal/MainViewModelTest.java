package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.core.SampleRequest;
import org.vwb.core.Workbench;
import org.vwb.model.ModelFolderException;
import org.vwb.model.ModelSummary;

class MainViewModelTest {

    private final Workbench workbench = new Workbench();
    private final Preferences prefs = Preferences.userRoot().node("/org/vwb/ui-test/" + UUID.randomUUID());
    private final TestSupport.SyncRunner runner = new TestSupport.SyncRunner();
    private final TestSupport.ScriptedDialogs dialogs = new TestSupport.ScriptedDialogs();
    private final MainViewModel model = new MainViewModel(workbench, runner, new TestSupport.SyncRunner(), dialogs,
            new RecentFolders(prefs), TestSupport.ImmediateDebouncer::new);

    @AfterEach
    void dropPrefs() throws BackingStoreException {
        model.dispose();
        prefs.removeNode();
    }

    @Test
    void openSampleShowsWhatCoreInspectReturnsForTheWrittenSample() throws Exception {
        dialogs.sampleName = "tiny-llama-untied-bf16";
        model.chooseAndOpenSample();

        ModelSummary shown = model.summaryProperty().get();
        ModelSummary expected = workbench.inspect(shown.folder()).run(JobContext.silent());
        assertEquals(expected, shown);
        assertTrue(shown.folder().endsWith("tiny-llama-untied-bf16"));
        assertEquals(List.of("Writing sample tiny-llama-untied-bf16", "Inspecting tiny-llama-untied-bf16",
                "Reading vocabulary of tiny-llama-untied-bf16"), runner.titles);
        assertTrue(model.rows().contains(new SummaryRow("Config", String.format(Locale.ROOT,
                "vocab_size %,d, hidden_size %,d", expected.vocabSize(), expected.hiddenSize()), false)));
        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.headlines.toString());
    }

    @Test
    void openingAFolderRemembersItNewestFirst(@TempDir Path tmp) throws Exception {
        Path a = workbench.writeSample(new SampleRequest("tiny-llama-untied-bf16", tmp.resolve("a"))).run(JobContext.silent());
        Path b = workbench.writeSample(new SampleRequest("tiny-llama-untied-bf16", tmp.resolve("b"))).run(JobContext.silent());
        model.open(a);
        model.open(b);
        model.open(a);
        assertEquals(List.of(a, b), model.recentSnapshot());
        assertEquals(List.of(a, b), new RecentFolders(prefs).list(), "persisted for the next start");

        dialogs.folder = Optional.empty();
        model.chooseAndOpenFolder();
        assertEquals(Optional.of(a), dialogs.askedFrom, "the chooser starts at the last folder");
    }

    @Test
    void openingAFileIsRefusedWithoutRunningAJob(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("config.json"), "{}");
        model.open(file);
        assertTrue(runner.titles.isEmpty());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.headlines.getFirst().contains(file.toString()));
        assertNull(model.summaryProperty().get());
    }

    @Test
    void aFolderWithoutAModelShowsTheCoresErrorAndKeepsThePreviousSummary(@TempDir Path tmp) throws Exception {
        Path good = workbench.writeSample(new SampleRequest("tiny-llama-untied-bf16", tmp.resolve("good"))).run(JobContext.silent());
        model.open(good);
        ModelSummary before = model.summaryProperty().get();

        Path empty = Files.createDirectory(tmp.resolve("empty"));
        model.open(empty);
        assertEquals(1, dialogs.errors.size());
        assertInstanceOf(ModelFolderException.class, dialogs.errors.getFirst());
        assertTrue(dialogs.errors.getFirst().getMessage().contains("config.json"), dialogs.errors.getFirst().getMessage());
        assertEquals(before, model.summaryProperty().get());
    }

    @Test
    void vocabularyFollowsTheOpenModelAndFiltersByKindCjkAndText() throws Exception {
        dialogs.sampleName = "tiny-llama-untied-bf16";
        model.chooseAndOpenSample();
        ModelSummary s = model.summaryProperty().get();
        VocabularyViewModel vocab = model.vocabulary();
        assertEquals(s.vocabulary().orElseThrow().size(), vocab.shown().size());

        vocab.cjkOnlyProperty().set(true);
        assertEquals(s.cjk().orElseThrow().piecesWithCjk(), vocab.shown().size());
        assertTrue(vocab.shown().stream().allMatch(org.vwb.core.VocabEntry::cjk));

        vocab.cjkOnlyProperty().set(false);
        vocab.kindProperty().set(org.vwb.vocab.TokenKind.BYTE);
        assertEquals(256, vocab.shown().size(), "byte-fallback BPE: one piece per byte");

        vocab.kindProperty().set(null);
        String piece = vocab.shown().get(300).piece();
        vocab.searchProperty().set(piece);
        assertTrue(vocab.shown().stream().anyMatch(e -> e.piece().equals(piece)));
        assertTrue(vocab.shown().stream().allMatch(e -> e.piece().toLowerCase(Locale.ROOT).contains(piece.toLowerCase(Locale.ROOT))
                || e.text().toLowerCase(Locale.ROOT).contains(piece.toLowerCase(Locale.ROOT))));
    }

    @Test
    void recentFoldersAreCapped(@TempDir Path tmp) {
        RecentFolders recent = new RecentFolders(prefs);
        for (int i = 0; i < RecentFolders.MAX + 3; i++) {
            recent.remember(tmp.resolve("m" + i));
        }
        List<Path> list = recent.list();
        assertEquals(RecentFolders.MAX, list.size());
        assertEquals(tmp.resolve("m" + (RecentFolders.MAX + 2)), list.getFirst());
    }

    @Test
    void closingWithoutARunningJobDoesNotAsk() {
        assertTrue(model.closeRequested());
        assertEquals(List.of(), dialogs.questions);
    }

    @Test
    void closingDuringAJobAsksAndKeepsTheJobWhenTheUserSaysNo() {
        TestSupport.HoldingRunner held = new TestSupport.HoldingRunner();
        MainViewModel m = new MainViewModel(workbench, held, new TestSupport.SyncRunner(), dialogs, new RecentFolders(prefs),
                TestSupport.ImmediateDebouncer::new);
        m.openSample(workbench.samples().getFirst());
        dialogs.confirmAnswer = false;

        assertFalse(m.closeRequested());
        assertEquals(1, dialogs.questions.size());
        assertTrue(dialogs.questions.getFirst().contains("Writing sample"), dialogs.questions.getFirst());
        assertEquals(1, held.running().size(), "the job goes on");
        held.runAll();
        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.headlines.toString());
        m.dispose();
    }

    @Test
    void closingDuringAJobCancelsItWhenTheUserConfirms() {
        TestSupport.HoldingRunner held = new TestSupport.HoldingRunner();
        MainViewModel m = new MainViewModel(workbench, held, new TestSupport.SyncRunner(), dialogs, new RecentFolders(prefs),
                TestSupport.ImmediateDebouncer::new);
        m.openSample(workbench.samples().getFirst());
        dialogs.confirmAnswer = true;

        assertTrue(m.closeRequested());
        assertEquals(1, dialogs.questions.size());
        assertEquals(List.of(), held.running(), "the job was asked to stop");
        held.runAll();
        assertNull(m.summaryProperty().get(), "a cancelled job delivers nothing");
        m.dispose();
    }
}
