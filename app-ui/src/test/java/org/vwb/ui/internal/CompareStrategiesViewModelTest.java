package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.core.ReconstructRequest;
import org.vwb.core.SampleRequest;
import org.vwb.core.Workbench;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.eval.ReconstructionSpec;

/// The strategy comparison: which methods are offered, the validation of held-out count and seed, the
/// request, and the core's scores as one row per method (jobs run on the test thread).
class CompareStrategiesViewModelTest {

    @TempDir
    static Path shared;

    private static final Workbench WORKBENCH = new Workbench();
    private static Path base;
    private final TestSupport.ScriptedDialogs dialogs = new TestSupport.ScriptedDialogs();
    private final CompareStrategiesViewModel model = new CompareStrategiesViewModel(WORKBENCH, new TestSupport.SyncRunner(), dialogs);

    @BeforeAll
    static void sample() throws Exception {
        base = WORKBENCH.writeSample(new SampleRequest("tiny-llama-untied-bf16", shared.resolve("llama"))).run(JobContext.silent());
    }

    @AfterEach
    void noErrors() {
        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.headlines + " " + dialogs.errors);
    }

    private List<String> offered() {
        return model.choices().stream().map(CompareStrategiesViewModel.Choice::name).toList();
    }

    @Test
    void offersTheMethodsThatNeedNothingButTheModelAndLeavesTheBaselinesToTheCore() {
        assertTrue(offered().containsAll(List.of("fvt", "ziptie")), offered().toString());
        for (String needsAFile : List.of("translation", "wechsel", "ofa", "focus", "cw2v", "blend")) {
            assertFalse(offered().contains(needsAFile), needsAFile + " needs vectors, a dictionary, a corpus or methods");
        }
        for (String baseline : ReconstructionSpec.BASELINES) {
            assertFalse(offered().contains(baseline), baseline + " runs anyway");
        }
        assertTrue(model.choices().stream().allMatch(c -> c.selected().get()), "all ticked at first");
    }

    @Test
    void validationNamesTheFieldAndWhatWasFound() {
        assertEquals("Open a model first.", model.problemProperty().get());
        model.modelOpened(base);
        assertEquals("", model.problemProperty().get());
        model.holdoutProperty().set("ten");
        assertEquals("Held-out tokens must be a whole number of at least 1, found 'ten'.", model.problemProperty().get());
        model.holdoutProperty().set("0");
        assertEquals("Held-out tokens must be a whole number of at least 1, found '0'.", model.problemProperty().get());
        model.holdoutProperty().set(" 20 ");
        model.seedProperty().set("4.5");
        assertEquals("The seed must be a whole number, found '4.5'.", model.problemProperty().get());
        assertThrows(IllegalStateException.class, model::request);
        model.seedProperty().set("7");
        model.choices().forEach(c -> c.selected().set(false));
        assertEquals("Tick at least one method to compare with the baselines.", model.problemProperty().get());
        model.choices().getFirst().selected().set(true);
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void theRequestCarriesTheTickedMethodsHoldoutAndSeed() {
        model.modelOpened(base);
        model.holdoutProperty().set("20");
        model.seedProperty().set("7");
        model.choices().stream().filter(c -> !c.name().equals("fvt")).forEach(c -> c.selected().set(false));
        assertEquals(new ReconstructRequest(base, 20, 7, List.of("fvt"), Map.of(), ReconstructionSpec.DEFAULT_MAX_MEAN_COSINE,
                false, 0, List.of()), model.request());
    }

    @Test
    void aRunShowsOneRowPerMethodWithTheCoresScoresForTheChosenMatrix() throws Exception {
        model.modelOpened(base);
        model.holdoutProperty().set("30");
        model.run();
        ReconstructionReport expected = WORKBENCH.reconstruct(model.request()).run(JobContext.silent());
        List<MethodScore> input = expected.scores(MatrixRole.INPUT);
        assertEquals(ReconstructionSpec.BASELINES.size() + offered().size(), model.rows().size());
        assertEquals(input.stream().map(MethodScore::method).toList(), model.rows().stream().map(MethodScore::method).toList());
        for (int i = 0; i < input.size(); i++) {
            assertEquals(input.get(i).mrr(), model.rows().get(i).mrr(), input.get(i).method());
            assertEquals(input.get(i).precisionAt10(), model.rows().get(i).precisionAt10(), input.get(i).method());
            assertEquals(input.get(i).meanCosine(), model.rows().get(i).meanCosine(), input.get(i).method());
        }
        assertTrue(model.infoProperty().get().startsWith("input matrix: 30 held-out tokens of " + expected.eligible()),
                model.infoProperty().get());
        model.roleProperty().set(MatrixRole.OUTPUT);
        List<MethodScore> head = expected.scores(MatrixRole.OUTPUT);
        assertEquals(head.stream().map(MethodScore::mrr).toList(), model.rows().stream().map(MethodScore::mrr).toList());
        assertTrue(model.rows().stream().allMatch(s -> s.role() == MatrixRole.OUTPUT));
        assertTrue(model.infoProperty().get().startsWith("lm_head matrix"), model.infoProperty().get());
    }
}
