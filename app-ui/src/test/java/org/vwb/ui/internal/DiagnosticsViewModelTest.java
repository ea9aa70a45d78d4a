package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.core.DiagnoseRequest;
import org.vwb.core.DiagnoseResult;
import org.vwb.core.Workbench;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.diagnostics.HullVerdict;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.embedinit.report.Neighbours;
import org.vwb.embedinit.report.Projection;

/// The Diagnostics screen: its request and validation, and the core's report turned into rows, plots,
/// projection points and the selected token's neighbours and sources (jobs run on the test thread).
class DiagnosticsViewModelTest {

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    private static final Workbench WORKBENCH = new Workbench();
    private static PatchedSample sample;
    private static DiagnoseResult expected;
    private final TestSupport.ScriptedDialogs dialogs = new TestSupport.ScriptedDialogs();
    private final ScratchFolders scratch = new ScratchFolders();
    private final InitializeViewModel init = new InitializeViewModel(WORKBENCH, new TestSupport.SyncRunner(), dialogs);
    private final DiagnosticsViewModel model = new DiagnosticsViewModel(WORKBENCH, new TestSupport.SyncRunner(), dialogs,
            init, scratch);

    @BeforeAll
    static void patched() throws Exception {
        sample = PatchedSample.create(WORKBENCH, shared);
        expected = WORKBENCH.diagnose(DiagnoseRequest.of(sample.patched(), sample.base(), shared.resolve("expected")))
                .run(JobContext.silent());
    }

    @AfterEach
    void cleanUp() throws Exception {
        scratch.deleteAll();
        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.headlines + " " + dialogs.errors);
    }

    private void ran() {
        model.modelOpened(sample.base(), true);
        model.exported(sample.patched());
        model.run();
    }

    @Test
    void validationNamesWhatIsMissingFirst() {
        assertTrue(model.problemProperty().get().startsWith("Open a model first"), model.problemProperty().get());
        model.modelOpened(sample.base(), true);
        assertTrue(model.problemProperty().get().startsWith("Choose a patched folder"), model.problemProperty().get());
        model.patchedProperty().set(sample.base());
        assertTrue(model.problemProperty().get().contains("is the base itself"), model.problemProperty().get());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> model.request(tmp.resolve("r")));
        assertEquals(model.problemProperty().get(), e.getMessage());
        model.exported(sample.patched());
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void theRequestMeasuresThePatchedFolderAgainstTheBaseWithTheDefaults() {
        model.modelOpened(sample.base(), true);
        model.exported(sample.patched());
        assertEquals(DiagnoseRequest.of(sample.patched(), sample.base(), tmp.resolve("r")), model.request(tmp.resolve("r")));
        Path other = tmp.resolve("other-base");
        dialogs.folder = java.util.Optional.of(other);
        model.chooseBase();
        assertEquals(other, model.request(tmp.resolve("r")).base());
    }

    @Test
    void aRunShowsOneRowPerNewRowWithTheCoresVerdictsAndDistances() {
        ran();
        DiagnosticsReport report = expected.report();
        MatrixReport input = report.matrices().getFirst();
        assertEquals(report.rows().size(), model.rows().size());
        for (int k = 0; k < model.rows().size(); k++) {
            HullRow row = model.rows().get(k);
            assertEquals(report.rows().get(k).id(), row.id());
            assertEquals(VisibleText.of(report.rows().get(k).token()), row.token());
            assertEquals(input.hull().rows().get(k).verdict(), row.verdict());
            assertEquals(input.hull().rows().get(k).distanceUpper(), row.distanceUpper());
            assertEquals(input.hull().rows().get(k).relativeLower(), row.relativeLower());
            assertEquals(input.newNorms()[k], row.norm());
            assertEquals(input.method(k), row.strategy());
        }
        String summary = model.summaryProperty().get();
        assertTrue(summary.startsWith(String.format("input: %d new rows — inside %d, outside %d, undecided %d",
                report.rows().size(), input.hull().count(HullVerdict.INSIDE), input.hull().count(HullVerdict.OUTSIDE),
                input.hull().count(HullVerdict.UNDECIDED))), summary);
        assertTrue(summary.contains("lm_head: "), summary);
        assertEquals(List.of("norms-input.png", "cosine-input.png", "distance-input.png"),
                model.plots().stream().map(p -> p.name()).toList());
        assertTrue(model.untiedProperty().get());
    }

    @Test
    void theMatrixSwitchShowsTheHeadsReport() {
        ran();
        model.roleProperty().set(MatrixRole.OUTPUT);
        MatrixReport head = expected.report().matrices().get(1);
        assertEquals(MatrixRole.OUTPUT, head.role());
        for (int k = 0; k < model.rows().size(); k++) {
            assertEquals(head.hull().rows().get(k).distanceUpper(), model.rows().get(k).distanceUpper());
            assertEquals(head.newNorms()[k], model.rows().get(k).norm());
        }
        assertTrue(model.plots().stream().allMatch(p -> p.name().endsWith("-output.png")), model.plots().toString());
        assertArrayEquals(head.projection().newX(), model.projectionProperty().get().fresh().stream()
                .mapToDouble(ProjectionPoints.Point::x).toArray());
    }

    @Test
    void selectingATokenListsItsNearestOldTokensAndItsMixtureSources() {
        ran();
        DiagnosticsReport report = expected.report();
        MatrixReport input = report.matrices().getFirst();
        int k = 3;
        model.select(k);
        assertEquals(model.rows().get(k), model.selectedProperty().get());
        Neighbours n = input.neighbours().get(k);
        assertEquals(n.ids().length, model.neighbours().size());
        for (int i = 0; i < n.ids().length; i++) {
            assertEquals(new TokenWeight(n.ids()[i], VisibleText.of(report.oldToken(n.ids()[i])), n.cosines()[i]),
                    model.neighbours().get(i));
        }
        TokenInit t = input.provenance().get(k);
        assertNotNull(t, "the patched folder records how each row was made");
        assertEquals(Math.min(DiagnosticsRows.MAX_SOURCES, t.sourceIds().length), model.sources().size());
        for (TokenWeight s : model.sources()) {
            int at = Arrays.stream(t.sourceIds()).boxed().toList().indexOf(s.id());
            assertEquals(t.weights()[at], s.value(), () -> s + " vs the provenance");
            assertEquals(VisibleText.of(report.oldToken(s.id())), s.token());
        }
        for (int i = 1; i < model.sources().size(); i++) {
            assertTrue(model.sources().get(i - 1).value() >= model.sources().get(i).value(), "heaviest first");
        }
        assertTrue(model.selectionProperty().get().startsWith(model.rows().get(k).token() + "  (id " + report.rows().get(k).id()),
                model.selectionProperty().get());
        assertTrue(model.sourcesNoteProperty().get().startsWith(t.method() + ", " + t.origin().name().toLowerCase()),
                model.sourcesNoteProperty().get());
        model.select(-1);
        assertNull(model.selectedProperty().get());
        assertTrue(model.neighbours().isEmpty() && model.sources().isEmpty());
    }

    @Test
    void theProjectionHoldsTheCoresCoordinatesForOldSampleAndNewRows() {
        ran();
        Projection p = expected.report().matrices().getFirst().projection();
        ProjectionPoints points = model.projectionProperty().get();
        assertEquals(p.sampleIds().length, points.old().size());
        assertEquals(0, points.oldOmitted());
        assertArrayEquals(p.oldY(), points.old().stream().mapToDouble(ProjectionPoints.Point::y).toArray());
        assertArrayEquals(p.newX(), points.fresh().stream().mapToDouble(ProjectionPoints.Point::x).toArray());
        assertEquals(model.rows().get(5).verdict(), points.freshPoint(5).orElseThrow().verdict());
    }

    @Test
    void aLargeProjectionIsThinnedToTheCapWithEveryPointTheCores() {
        int n = 12_001;
        double[] x = new double[n];
        double[] y = new double[n];
        List<HullRow> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            x[k] = k;
            y[k] = -k;
            rows.add(new HullRow(k, 100 + k, "t" + k, "fvt", "MIXTURE", HullVerdict.INSIDE, 0, 0, 0, 0, 1));
        }
        MatrixReport real = expected.report().matrices().getFirst();
        MatrixReport big = new MatrixReport(MatrixRole.INPUT, real.oldRows(), real.dim(), real.oldNorms(), new double[n],
                real.oldCosToMean(), new double[n], List.of(), real.hull(), null,
                new Projection(new int[] {0, 1}, new double[] {0, 1}, new double[] {0, 1}, x, y, new double[] {0.5, 0.2}),
                List.of());
        ProjectionPoints points = DiagnosticsRows.projection(expected.report(), big, rows);
        assertTrue(points.fresh().size() <= ProjectionPoints.MAX_POINTS, "drew " + points.fresh().size());
        assertEquals(n, points.fresh().size() + points.newOmitted());
        for (ProjectionPoints.Point q : points.fresh()) {
            assertEquals(x[q.index()], q.x());
            assertEquals(y[q.index()], q.y());
            assertEquals("t" + q.index(), q.token());
        }
    }

    @Test
    void openingAModelClearsTheReportAndThePatchedFolder() {
        ran();
        assertFalse(model.rows().isEmpty());
        model.modelOpened(sample.base(), false);
        assertNull(model.resultProperty().get());
        assertNull(model.patchedProperty().get());
        assertTrue(model.rows().isEmpty() && model.plots().isEmpty() && model.projectionProperty().get().fresh().isEmpty());
        assertFalse(model.untiedProperty().get());
    }

    @Test
    void tryingTheInitializeSettingsWritesAScratchFolderAndDiagnosesIt() {
        init.modelOpened(sample.base(), true);
        init.tokenizerProperty().set(sample.patched()); // the exported folder holds the expanded tokenizer
        init.methodProperty().set("mean");
        model.modelOpened(sample.base(), true);
        model.runTrial();
        DiagnoseResult r = model.resultProperty().get();
        assertEquals(expected.report().rows().size(), model.rows().size());
        assertTrue(model.rows().stream().allMatch(row -> row.strategy().equals("mean")), model.rows().toString());
        assertTrue(model.patchedProperty().get().getFileName().toString().startsWith("trial-"), model.patchedProperty().get().toString());
        assertTrue(r.out().getFileName().toString().startsWith("diagnostics-"));
    }

    @Test
    void tableNumbersStayShortForNarrowColumns() {
        assertEquals("0", DiagnosticsRows.number(0));
        assertEquals("0.0123", DiagnosticsRows.number(0.012345));
        assertEquals("1.10e-4", DiagnosticsRows.number(1.0954e-4));
        assertEquals("-2.50e-12", DiagnosticsRows.number(-2.5e-12));
        assertEquals("1.23e5", DiagnosticsRows.number(123456));
    }
}
