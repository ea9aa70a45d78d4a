package org.vwb.embedinit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;
import org.vwb.embedinit.diagnostics.HullMethod;
import org.vwb.embedinit.diagnostics.HullVerdict;
import org.vwb.embedinit.diagnostics.RowVerdict;
import org.vwb.numeric.LinearAlgebra;

class DiagnosticsTest {
    static final LinearAlgebra LA = LinearAlgebra.get();
    static final DiagnosticsOptions OPTIONS = new DiagnosticsOptions(300, 5, 3, 500,
            DiagnosticsOptions.defaults().hull().withMaxIterations(5_000));

    @Test
    void knownFactsHoldForBothMatricesOfAnUntiedModel() throws Exception {
        Fixture f = new Fixture();
        DiagnosticsReport r = Diagnostics.run(LA, f.input(HeadMode.UNTIED, OPTIONS), JobContext.silent());
        assertEquals(2, r.matrices().size());
        for (MatrixReport m : r.matrices()) {
            for (int k = 0; k < Fixture.METHODS.size(); k++) {
                String method = Fixture.METHODS.get(k);
                RowVerdict v = m.hull().rows().get(k);
                HullVerdict expected = method.equals("per-dim") || method.equals("fresh") ? HullVerdict.OUTSIDE
                        : HullVerdict.INSIDE;
                assertEquals(expected, v.verdict(), m.role() + " row " + k + " (" + method + "): " + v);
                if (k < 6) { // mixtures, the copy and the mean are certified by their recipe, without solving
                    assertEquals(HullMethod.RECORDED_MIXTURE, v.method(), m.role() + " row " + k + ": " + v);
                }
                assertEquals(method, m.method(k));
            }
            assertEquals("unknown", m.method(Fixture.METHODS.size()), "the padding row has no provenance");
        }
        assertNull(r.matrices().get(0).dominance(), "an untied model's input rows are not a head");
        double[] fractions = r.matrices().get(1).dominance().fractions();
        for (int k = 0; k < 10; k++) {
            assertEquals(0.0, fractions[k], "row " + k + " is inside the hull, so it never wins");
        }
    }

    @Test
    void neighboursAreTheMostSimilarOldRowsInOrder() throws Exception {
        Fixture f = new Fixture();
        DiagnosticsReport r = Diagnostics.run(LA, f.input(HeadMode.TIED, OPTIONS), JobContext.silent());
        MatrixReport m = r.matrices().get(0);
        Neighbours copy = m.neighbours().get(4);
        assertEquals(7, copy.ids()[0], "a copied row's nearest old row is its source");
        assertEquals(1.0, copy.cosines()[0], 1e-5);
        for (int k = 0; k < Fixture.METHODS.size(); k++) {
            float[] cos = m.neighbours().get(k).cosines();
            for (int i = 1; i < cos.length; i++) {
                assertTrue(cos[i - 1] >= cos[i], "row " + k + " neighbours out of order");
            }
            assertEquals(bruteForceBest(f, k), cos[0], 1e-4, "row " + k);
        }
        assertEquals(Fixture.OLD, m.oldNorms().length);
        assertEquals(300, m.projection().sampleIds().length);
        assertTrue(m.projection().explained()[0] >= m.projection().explained()[1]);
        assertTrue(m.dominance() != null, "a tied model's input rows are its head");
    }

    @Test
    void strategySummariesCountVerdictsPerMethod() throws Exception {
        Fixture f = new Fixture();
        DiagnosticsReport r = Diagnostics.run(LA, f.input(HeadMode.TIED, OPTIONS), JobContext.silent());
        List<String> methods = r.strategies().stream().map(StrategySummary::method).toList();
        assertEquals(List.of("mix", "copy", "mean", "gauss-1e-5", "per-dim", "fresh", "unknown"), methods);
        StrategySummary fresh = r.strategies().get(5);
        assertEquals(4, fresh.rows());
        assertEquals(4, fresh.outside());
        assertEquals(java.util.Map.of("SAMPLED", 4), fresh.origins());
        StrategySummary mix = r.strategies().get(0);
        assertEquals(4, mix.inside());
        assertEquals(0.0, mix.meanDominance());
        assertEquals(1, r.paddingRows());
    }

    @Test
    void aMeanRowThatIsNotTheMeanOfAllRowsIsTestedAndNoted() throws Exception {
        Fixture f = new Fixture();
        int d = Fixture.DIM;
        f.newInput.data()[5 * d] += 0.5f; // row 5 is recorded as MEAN: move it off the mean of all rows
        DiagnosticsReport r = Diagnostics.run(LA, f.input(HeadMode.NONE, OPTIONS), JobContext.silent());
        RowVerdict v = r.matrices().get(0).hull().rows().get(5);
        assertTrue(v.method() != HullMethod.RECORDED_MIXTURE, v.toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("recorded as MEAN differ")), r.notes().toString());
    }

    @Test
    void cancellationStopsTheRun() {
        Fixture f = new Fixture();
        JobContext ctx = JobContext.silent();
        ctx.cancellation().request();
        assertThrows(JobCancelledException.class, () -> Diagnostics.run(LA, f.input(HeadMode.TIED, OPTIONS), ctx));
    }

    @Test
    void inputShapesAreChecked() {
        Fixture f = new Fixture();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DiagnosticsInput(
                f.rows.subList(0, 3), f.oldTokens, f.oldInput, f.newInput, null, null, HeadMode.TIED, List.of(), OPTIONS));
        assertTrue(e.getMessage().contains("new input rows: expected 3 × 24, found 19 × 24"), e.getMessage());
    }

    private static double bruteForceBest(Fixture f, int k) {
        int d = Fixture.DIM;
        double best = -2;
        for (int i = 0; i < Fixture.OLD; i++) {
            double dot = 0;
            double a = 0;
            double b = 0;
            for (int j = 0; j < d; j++) {
                double x = f.newInput.data()[k * d + j];
                double y = f.oldInput.data()[i * d + j];
                dot += x * y;
                a += x * x;
                b += y * y;
            }
            best = Math.max(best, dot / Math.sqrt(a * b));
        }
        return best;
    }

}
