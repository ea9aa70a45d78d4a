package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.core.ExpandPlan;
import org.vwb.core.Recipe;
import org.vwb.core.RecipeFiles;
import org.vwb.core.SampleRequest;
import org.vwb.core.Workbench;
import org.vwb.vocab.mine.Script;

/// The Export screen's recipe: built from the other screens, saved, loaded back into them, planned.
class ExportViewModelTest {

    @TempDir
    Path tmp;

    private final Workbench workbench = new Workbench();
    private final Preferences prefs = Preferences.userRoot().node("/org/vwb/ui-test/" + UUID.randomUUID());
    private final TestSupport.ScriptedDialogs dialogs = new TestSupport.ScriptedDialogs();
    private Path base;
    private Path corpus;

    private MainViewModel main() {
        return new MainViewModel(workbench, new TestSupport.SyncRunner(), new TestSupport.SyncRunner(), dialogs,
                new RecentFolders(prefs), TestSupport.ImmediateDebouncer::new);
    }

    @BeforeEach
    void sample() throws Exception {
        base = workbench.writeSample(new SampleRequest("tiny-llama-untied-bf16", tmp.resolve("llama"))).run(JobContext.silent());
        corpus = TestSupport.corpus(tmp);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        prefs.removeNode();
        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.headlines + " " + dialogs.errors);
    }

    private MainViewModel withSelection(int n) {
        MainViewModel m = main();
        m.open(base);
        m.candidates().addCorpus(List.of(corpus));
        m.candidates().additionsProperty().set(60);
        m.candidates().mine();
        m.candidates().selection().selectFirst(n);
        m.initialize().headMethodProperty().set("mean");
        m.export().outputProperty().set(tmp.resolve("out"));
        return m;
    }

    @Test
    void aSavedRecipeLoadsBackIntoTheScreens() throws Exception {
        MainViewModel m = withSelection(20);
        Path file = tmp.resolve("r.json");
        dialogs.recipe = Optional.of(file);
        m.export().saveRecipe();
        Recipe saved = RecipeFiles.read(file);
        assertEquals(Recipe.Source.CANDIDATES, saved.pieces().source());
        assertEquals(20, saved.pieces().count());
        assertEquals(tmp.resolve("r.candidates.csv"), saved.pieces().from());
        assertEquals(21, Files.readAllLines(saved.pieces().from()).size(), "header and the 20 selected rows");
        assertEquals(List.of(corpus), saved.pieces().corpus());
        assertEquals(new Recipe.Method("fvt", Map.of()), saved.init());
        assertEquals("mean", saved.head().method());

        MainViewModel loaded = main();
        loaded.loadRecipe(file);
        assertEquals(base, loaded.summaryProperty().get().folder());
        assertEquals(List.of(corpus), loaded.candidates().corpus());
        assertEquals(m.candidates().selection().entries().stream().map(e -> e.piece()).toList(),
                loaded.candidates().selection().entries().stream().map(e -> e.piece()).toList());
        assertEquals("mean", loaded.initialize().headMethodProperty().get());
        assertEquals(tmp.resolve("out"), loaded.export().outputProperty().get());
        Recipe again = loaded.export().recipe(tmp.resolve("again.csv"));
        assertEquals(saved.init(), again.init());
        assertEquals(saved.head(), again.head());
        assertEquals(Files.readAllLines(saved.pieces().from()), Files.readAllLines(again.pieces().from()));
    }

    @Test
    void aMiningRecipeKeepsItsPiecesUntilSomethingIsSelected() throws Exception {
        Recipe mining = new Recipe(base, new Recipe.Pieces(Recipe.Source.MINE, List.of(corpus), 30, 2, 8, Script.CJK, null),
                new Recipe.Method("fvt", Map.of("weighting", "length")), null, "mean", true, 1,
                new Recipe.Diagnostics(false, 0, 0), tmp.resolve("mined-out"), 7L);
        Path file = tmp.resolve("mine.json");
        RecipeFiles.write(mining, file);
        MainViewModel m = main();
        m.loadRecipe(file);
        assertEquals("length", m.initialize().method().options().get("weighting"));
        Recipe built = m.export().recipe(tmp.resolve("unused.csv"));
        assertEquals(mining, built);
        m.candidates().mine();
        m.candidates().selection().selectFirst(5);
        assertNull(m.export().loadedPiecesProperty().get());
        assertEquals(Recipe.Source.CANDIDATES, m.export().recipe(tmp.resolve("five.csv")).pieces().source());
    }

    @Test
    void planShowsTheCoresPlan() throws Exception {
        MainViewModel m = withSelection(10);
        m.export().plan();
        ExpandPlan expected = workbench.planExpand(m.export().recipe(tmp.resolve("p.csv")));
        // Usable space moves while other processes write; the rest of the plan is fixed by the recipe.
        assertEquals(ExportRows.plan(expected).subList(0, 4), m.export().planRows().subList(0, 4));
        assertTrue(m.export().planRows().get(4).value().startsWith(
                org.vwb.core.SummaryLines.bytes(expected.neededBytes()) + " needed"), m.export().planRows().get(4).value());
        assertTrue(m.export().planRows().getFirst().value().contains("merge"), m.export().planRows().toString());
    }
}
