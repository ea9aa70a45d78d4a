package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.core.CandidateEntry;
import org.vwb.core.CandidateTable;
import org.vwb.core.FertilityRequest;
import org.vwb.core.ImportCandidatesRequest;
import org.vwb.core.MergeReportLines;
import org.vwb.core.MineRequest;
import org.vwb.core.SampleRequest;
import org.vwb.core.SelectionFertility;
import org.vwb.core.Workbench;
import org.vwb.vocab.fertility.FertilityReport;
import org.vwb.vocab.merge.MergeReport;
import org.vwb.vocab.merge.MergeRequest;
import org.vwb.vocab.mine.MiningOptions;
import org.vwb.vocab.mine.Script;

/// The Candidates screen's behaviour, with jobs run on the test thread and results checked against the core.
class CandidatesViewModelTest {

    @TempDir
    Path tmp;

    private final Workbench workbench = new Workbench();
    private final TestSupport.SyncRunner runner = new TestSupport.SyncRunner();
    private final TestSupport.SyncRunner background = new TestSupport.SyncRunner();
    private final TestSupport.ScriptedDialogs dialogs = new TestSupport.ScriptedDialogs();
    private final TestSupport.ManualDebouncer quiet = new TestSupport.ManualDebouncer();
    private Path base;
    private Path corpus;

    @BeforeEach
    void sample() throws IOException {
        base = workbench.writeSample(new SampleRequest("tiny-llama-untied-bf16", tmp.resolve("llama"))).run(JobContext.silent());
        corpus = TestSupport.corpus(tmp);
    }

    private CandidatesViewModel model(Debouncer quiet, TestSupport.SyncRunner bg) {
        CandidatesViewModel m = new CandidatesViewModel(workbench, runner, bg, dialogs, quiet, new ScratchFolders());
        m.modelOpened(base);
        return m;
    }

    /// A model with a mined table; measurements start only when the test fires `quiet`, as after a pause.
    private CandidatesViewModel mined(int additions) {
        CandidatesViewModel m = model(quiet, background);
        m.addCorpus(List.of(corpus));
        m.additionsProperty().set(additions);
        m.mine();
        return m;
    }

    @AfterEach
    void noErrors() {
        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.headlines + " " + dialogs.errors);
    }

    @Test
    void minedRowsAreTheCoresRows() throws IOException {
        CandidatesViewModel m = mined(80);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        CandidateTable expected = workbench.mineCandidates(new MineRequest(base, List.of(corpus),
                new MiningOptions(80, 2, 16, Script.CJK, false, threads), tmp.resolve("expected.csv"))).run(JobContext.silent());
        assertEquals(expected.rows(), m.selection().rows().stream().map(CandidateRow::entry).toList());
        assertTrue(m.tableInfoProperty().get().startsWith(String.format(Locale.ROOT, "%,d candidates", expected.rows().size())),
                m.tableInfoProperty().get());
        assertEquals(0, m.selection().countProperty().get());
        m.dispose();
    }

    @Test
    void selectTopNSelectsTheFirstRowsAndTheFigureIsTheCoresMeasurement() throws IOException {
        CandidatesViewModel m = mined(80);
        m.selection().topNProperty().set(12);
        m.selection().selectTop();
        quiet.fire();
        List<CandidateEntry> top = m.selection().rows().stream().limit(12).map(CandidateRow::entry).toList();
        assertEquals(top, m.selection().entries());
        assertEquals(12, m.selection().countProperty().get());

        // Independently: the first 12 rows of the mined CSV, merged and measured the way the CLI does it.
        Path csv = tmp.resolve("top.csv");
        workbench.mineCandidates(new MineRequest(base, List.of(corpus), new MiningOptions(80, 2, 16, Script.CJK, false,
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1)), csv)).run(JobContext.silent());
        workbench.mergeTokenizer(new MergeRequest(base, csv, 12, tmp.resolve("cli"), List.of())).run(JobContext.silent());
        FertilityReport f = workbench.fertility(new FertilityRequest(base, Optional.of(tmp.resolve("cli")), List.of(corpus), 1, 0))
                .run(JobContext.silent());
        SelectionFertility shown = m.measure().resultProperty().get();
        assertNotNull(shown);
        assertEquals(f.base().tokens(), shown.before().tokens());
        assertEquals(f.compare().orElseThrow().tokens(), shown.after().tokens());
        double b = f.base().tokensPerCharacter();
        double a = f.compare().orElseThrow().tokensPerCharacter();
        assertTrue(m.measure().figureProperty().get().startsWith(String.format(Locale.ROOT, "%.4f → %.4f tokens per character", b, a)),
                m.measure().figureProperty().get());
        assertFalse(m.measure().measuringProperty().get());
        assertNotNull(m.measure().afterTokenizerProperty().get(), "the measured tokenizer is the preview's 'after'");
        assertEquals("the 12 selected pieces", m.measure().afterNameProperty().get());
        m.dispose();
    }

    @Test
    void aBurstOfTicksStartsOneMeasurement() {
        TestSupport.SyncRunner bg = new TestSupport.SyncRunner();
        CandidatesViewModel m = model(quiet, bg);
        m.addCorpus(List.of(corpus));
        m.mine();
        quiet.fire();
        int before = bg.titles.size();
        for (int i = 0; i < 5; i++) {
            m.selection().rows().get(i).selectedProperty().set(true);
        }
        assertEquals(before, bg.titles.size(), "nothing runs while ticking");
        assertTrue(m.measure().measuringProperty().get());
        quiet.fire();
        assertEquals(List.of("Measuring 5 selected pieces"), bg.titles.subList(before, bg.titles.size()).stream()
                .filter(t -> t.startsWith("Measuring")).toList());
        assertEquals(5, m.measure().resultProperty().get().merge().added()
                + m.measure().resultProperty().get().merge().alreadyPresent());
        m.dispose();
    }

    @Test
    void aMeasurementOvertakenByANewerSelectionIsNeverShown() {
        TestSupport.HoldingRunner bg = new TestSupport.HoldingRunner();
        CandidatesViewModel m = new CandidatesViewModel(workbench, runner, bg, dialogs, quiet, new ScratchFolders());
        m.modelOpened(base);
        m.addCorpus(List.of(corpus));
        m.mine();
        m.selection().topNProperty().set(3);
        m.selection().selectTop();
        quiet.fire();
        m.selection().topNProperty().set(9);
        m.selection().selectTop();
        quiet.fire();
        bg.runAll();
        SelectionFertility shown = m.measure().resultProperty().get();
        assertEquals(9, shown.merge().candidatesRead(), "the newest selection's measurement is the one shown");
        m.dispose();
    }

    @Test
    void filtersNarrowTheTableAndSelectShownSelectsExactlyThoseRows() {
        CandidatesViewModel m = mined(120);
        m.selection().filters().shapeProperty().set(RowFilter.MERGES);
        assertFalse(m.selection().shown().isEmpty());
        assertTrue(m.selection().shown().stream().allMatch(r -> r.entry().hasParts()));
        long minFreq = m.selection().shown().getFirst().entry().frequency();
        m.selection().filters().minFrequencyProperty().set((int) minFreq);
        assertTrue(m.selection().shown().stream().allMatch(r -> r.entry().frequency() >= minFreq));
        List<CandidateEntry> shown = m.selection().shown().stream().map(CandidateRow::entry).toList();
        m.selection().selectShown();
        assertEquals(shown, m.selection().entries());

        m.selection().clear();
        m.selection().filters().shapeProperty().set(RowFilter.CHARACTERS);
        m.selection().filters().minFrequencyProperty().set(0);
        assertTrue(m.selection().shown().stream().noneMatch(r -> r.entry().hasParts()));
        String text = m.selection().shown().getFirst().entry().text();
        m.selection().filters().searchProperty().set(text);
        assertTrue(m.selection().shown().stream().allMatch(r -> r.entry().text().contains(text)));
        assertEquals(0, m.selection().countProperty().get());
        m.dispose();
    }

    @Test
    void mergeWritesTheFolderShowsItsReportAndBecomesThePreviewTokenizer() {
        CandidatesViewModel m = mined(80);
        m.selection().topNProperty().set(20);
        m.selection().selectTop();
        quiet.fire();
        Path out = tmp.resolve("expanded");
        dialogs.newFolder = Optional.of(out);
        m.merge();

        assertTrue(Files.isRegularFile(out.resolve("merge-report.json")));
        assertTrue(Files.isRegularFile(out.resolve("tokenizer.model")));
        assertEquals(out, m.mergedProperty().get());
        assertEquals(out, m.measure().afterTokenizerProperty().get());
        assertEquals("merged into expanded", m.measure().afterNameProperty().get());
        List<String> labels = m.mergeLines().stream().map(l -> l.label()).toList();
        assertTrue(labels.containsAll(List.of("Ids", "Added", "Unreachable", "English ids")), labels.toString());
        assertTrue(m.mergeLines().stream().noneMatch(l -> l.warning()), m.mergeLines().toString());
        m.dispose();
    }

    @Test
    void theMergeReportLinesAreTheCoresForTheWrittenReport() throws IOException {
        CandidatesViewModel m = mined(40);
        m.selection().topNProperty().set(5);
        m.selection().selectTop();
        dialogs.newFolder = Optional.of(tmp.resolve("out"));
        m.merge();
        MergeReport again = workbench.mergeTokenizer(new MergeRequest(base, writeCsv(m.selection().entries()), 5,
                tmp.resolve("again"), List.of(corpus))).run(JobContext.silent());
        List<String> expected = MergeReportLines.of(again).stream().filter(l -> !l.label().equals("Folder"))
                .map(l -> l.label() + "=" + l.values()).toList();
        List<String> shown = m.mergeLines().stream().filter(l -> !l.label().equals("Folder"))
                .map(l -> l.label() + "=" + l.values()).toList();
        assertEquals(expected, shown);
        m.dispose();
    }

    private Path writeCsv(List<CandidateEntry> rows) throws IOException {
        StringBuilder sb = new StringBuilder("piece,frequency,tokens_saved,left,right\n");
        rows.forEach(e -> sb.append(e.piece()).append(',').append(e.frequency()).append(',').append(e.tokensSaved())
                .append(',').append(e.left()).append(',').append(e.right()).append('\n'));
        return Files.writeString(tmp.resolve("selected.csv"), sb);
    }

    @Test
    void importReadsACandidatesCsvForTheOpenModel() throws IOException {
        Path csv = tmp.resolve("mined.csv");
        CandidateTable expected = workbench.mineCandidates(new MineRequest(base, List.of(corpus), MiningOptions.of(30), csv))
                .run(JobContext.silent());
        CandidatesViewModel m = model(new TestSupport.ImmediateDebouncer(), background);
        dialogs.candidatesFile = Optional.of(csv);
        m.importCandidates();
        assertEquals(expected.rows(), m.selection().rows().stream().map(CandidateRow::entry).toList());
        assertEquals(String.format(Locale.ROOT, "%,d candidates from mined.csv", expected.rows().size()), m.tableInfoProperty().get());
        m.dispose();
    }

    /// A tokenizer merged from the sample base and the first 15 mined rows, the GUI's way.
    private Path mergedTokenizer() throws IOException {
        CandidateTable mined = workbench.mineCandidates(new MineRequest(base, List.of(corpus), MiningOptions.of(30),
                tmp.resolve("m.csv"))).run(JobContext.silent());
        Path out = tmp.resolve("merged");
        workbench.mergeSelection(new org.vwb.core.SelectionRequest(base, mined.rows().subList(0, 15), out, List.of()))
                .run(JobContext.silent());
        return out;
    }

    @Test
    void importingATokenizerShowsTheCoresRowsCountedOnTheCorpusAndTheyMerge() throws IOException {
        Path merged = mergedTokenizer();
        CandidatesViewModel m = model(new TestSupport.ImmediateDebouncer(), background);
        m.addCorpus(List.of(corpus));
        dialogs.tokenizer = Optional.of(merged.resolve("tokenizer.model"));
        m.importTokenizer();

        CandidateTable expected = workbench.importCandidates(new ImportCandidatesRequest(base,
                merged.resolve("tokenizer.model"), List.of(corpus), Script.CJK_WORD_START)).run(JobContext.silent());
        assertFalse(expected.rows().isEmpty());
        assertEquals(expected.rows(), m.selection().rows().stream().map(CandidateRow::entry).toList());
        assertEquals(merged.resolve("tokenizer.model"), m.tableSourceProperty().get());
        assertTrue(m.tableInfoProperty().get().startsWith(String.format(Locale.ROOT, "%,d pieces of %s that the base lacks",
                expected.rows().size(), merged.resolve("tokenizer.model"))), m.tableInfoProperty().get());
        assertEquals(List.of("Importing the pieces of tokenizer.model"), runner.titles);

        // The imported rows select and merge as mined ones do.
        m.selection().topNProperty().set(5);
        m.selection().selectTop();
        dialogs.newFolder = Optional.of(tmp.resolve("again"));
        m.merge();
        assertEquals(tmp.resolve("again"), m.mergedProperty().get());
        assertFalse(m.mergeLines().isEmpty());
        m.dispose();
    }

    @Test
    void theScriptChoiceDecidesWhichImportedPiecesAreListed() throws IOException {
        // MiniLM's WordPiece vocabulary: English word pieces and Han characters, none made for this base.
        Path minilm = workbench.writeSample(new SampleRequest("minilm-l6", tmp.resolve("minilm"))).run(JobContext.silent());
        CandidatesViewModel m = model(new TestSupport.ImmediateDebouncer(), background);
        m.importScriptProperty().set(Script.ANY);
        m.importTokenizer(minilm);
        int any = m.selection().rows().size();
        m.importScriptProperty().set(Script.CJK);
        m.importTokenizer(minilm);
        List<CandidateEntry> han = m.selection().rows().stream().map(CandidateRow::entry).toList();
        assertEquals(workbench.importCandidates(new ImportCandidatesRequest(base, minilm, List.of(), Script.CJK))
                .run(JobContext.silent()).rows(), han);
        assertFalse(han.isEmpty());
        assertTrue(han.size() < any, han.size() + " Han pieces of " + any);
        assertTrue(han.stream().allMatch(e -> e.frequency() == 0 && e.text().codePoints()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)), "Han only, no counts");
        m.dispose();
    }

    @Test
    void importingAFileThatIsNotATokenizerShowsAnErrorNamingItAndKeepsTheTable() throws IOException {
        CandidatesViewModel m = mined(30);
        List<CandidateRow> before = List.copyOf(m.selection().rows());
        Path bad = Files.writeString(tmp.resolve("tokenizer.json"), "{\"model\": {\"type\": \"Nope\"}}");
        dialogs.tokenizer = Optional.of(bad);
        m.importTokenizer();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.headlines.getFirst().contains(bad.toString()), dialogs.headlines.getFirst());
        assertTrue(dialogs.errors.getFirst().getMessage().contains(bad.toString()), dialogs.errors.getFirst().getMessage());
        assertEquals(before, m.selection().rows());
        dialogs.errors.clear();
        dialogs.tokenizer = Optional.empty();
        int jobs = runner.titles.size();
        m.importTokenizer();
        assertEquals(jobs, runner.titles.size(), "a cancelled file dialog runs nothing");
        m.dispose();
    }

    @Test
    void miningWithoutACorpusSaysWhyAndRunsNothing() {
        CandidatesViewModel m = model(new TestSupport.ImmediateDebouncer(), background);
        m.mine();
        assertEquals(List.of(), runner.titles);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.headlines.getFirst().contains("corpus"), dialogs.headlines.getFirst());
        dialogs.errors.clear();
        m.dispose();
    }

    @Test
    void openingAnotherModelClearsTheTableAndTheFigure() {
        CandidatesViewModel m = mined(40);
        m.selection().selectTop();
        quiet.fire();
        assertNotNull(m.measure().resultProperty().get());
        m.modelOpened(tmp.resolve("other"));
        quiet.fire();
        assertEquals(List.of(), m.selection().rows());
        assertNull(m.measure().resultProperty().get());
        assertEquals(SelectionMeasure.HINT, m.measure().figureProperty().get());
        assertNull(m.measure().afterTokenizerProperty().get());
        m.dispose();
    }
}
