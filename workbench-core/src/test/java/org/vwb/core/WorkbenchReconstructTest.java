package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.Cancellation;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.ReconstructionException;
import org.vwb.embedinit.eval.ReconstructionReport;

/// The reconstruction benchmark through the facade, on the tiny Llama sample (SentencePiece, untied head).
class WorkbenchReconstructTest {

    @TempDir
    Path tmp;

    private final Workbench workbench = new Workbench();

    private Path sample() throws IOException {
        return workbench.writeSample(new SampleRequest("tiny-llama-untied-f16", tmp.resolve("llama")))
                .run(JobContext.silent());
    }

    private static ReconstructRequest request(Path model, int holdout, List<String> methods,
                                              Map<String, Map<String, String>> options) {
        return new ReconstructRequest(model, holdout, 5, methods, options, 0.4, false, 0, List.of());
    }

    @Test
    void scoresTheBaselinesAndTheRequestedMethodOnBothMatrices() throws IOException {
        WorkbenchTest.RecordingSink sink = new WorkbenchTest.RecordingSink();
        ReconstructionReport r = workbench.reconstruct(request(sample(), 40, List.of("fvt"),
                Map.of("multivariate", Map.of("scale", "1e-3")))).run(new JobContext(sink, new Cancellation()));
        assertEquals(40, r.heldOut().size());
        assertEquals(List.of(MatrixRole.INPUT, MatrixRole.OUTPUT), r.roles());
        assertEquals(List.of("random", "mean", "multivariate", "fvt"),
                r.scores(MatrixRole.INPUT).stream().map(MethodScore::method).toList());
        assertEquals(Map.of("scale", "1e-3"), r.scores(MatrixRole.INPUT).get(2).options());
        assertTrue(sink.stages.contains("building the reduced tokenizer"), sink.stages.toString());
        assertTrue(sink.stages.contains("method fvt (4/4)"), sink.stages.toString());
    }

    @Test
    void anUnknownMethodIsTheRegistrysErrorBeforeTheModelIsRead() {
        Path missing = tmp.resolve("no-such-model");
        InitInputException e = assertThrows(InitInputException.class,
                () -> workbench.reconstruct(request(missing, 10, List.of("nope"), Map.of())).run(JobContext.silent()));
        assertTrue(e.getMessage().startsWith("unknown method 'nope'; known: mean"), e.getMessage());
        assertEquals("UNKNOWN_METHOD", BadInput.of(e).orElseThrow().reason());
    }

    @Test
    void optionsForAMethodThatIsNotRunAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> request(tmp, 10, List.of("fvt"), Map.of("wechsel", Map.of("neighbors", "5"))));
        assertTrue(e.getMessage().contains("'wechsel', which is not run"), e.getMessage());
    }

    @Test
    void tooLargeAHoldOutIsBadInputWithTheCounts() throws IOException {
        Path model = sample();
        ReconstructionException e = assertThrows(ReconstructionException.class,
                () -> workbench.reconstruct(request(model, 100_000, List.of(), Map.of())).run(JobContext.silent()));
        assertEquals("TOO_FEW_ELIGIBLE", BadInput.of(e).orElseThrow().reason());
        assertTrue(e.getMessage().startsWith("asked to hold out 100000 tokens but only "), e.getMessage());
    }
}
