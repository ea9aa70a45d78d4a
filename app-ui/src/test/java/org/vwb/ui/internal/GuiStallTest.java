package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;

import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// Measures how long the FX thread stalls while real jobs run through the window: mining a corpus (twice),
/// selecting every candidate (one measurement), merging, typing into the preview, and diagnosing the
/// Initialize settings on the merged tokenizer. The longest gap
/// between pulses of each phase goes to `target/gui-stall.txt`; `benchmarks/run-gui-stall.sh` runs this
/// test on a larger corpus and prints the file. Nothing here asserts a time (timing is machine- and
/// load-dependent: that is the benchmark's business); the test checks that the phases did their work
/// and that pulses were recorded at all.
class GuiStallTest {

    /// How many rotated copies of the test corpus to mine (`-Dvwb.stallCopies`, default small for the build).
    private static final int COPIES = Integer.getInteger("vwb.stallCopies", 6);
    private static final int ADDITIONS = Integer.getInteger("vwb.stallAdditions", 200);

    @TempDir
    Path tmp;

    private final WindowFixture fx = new WindowFixture();
    private final FxRobot robot = fx.robot;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws TimeoutException, BackingStoreException {
        fx.tearDown();
    }

    @Test
    void theLongestPulseGapOfEachPhaseIsRecorded() throws Exception {
        fx.show();
        fx.openSample();
        Path corpus = largerCorpus(TestSupport.corpus(tmp), COPIES);
        CandidatesViewModel model = fx.window().model().candidates();
        PulseGaps gaps = WaitForAsyncUtils.asyncFx(PulseGaps::new).get(10, TimeUnit.SECONDS);
        robot.interact(gaps::start);
        List<String> lines = new ArrayList<>();
        // The tab's first show lays out its empty table, which makes the row cells ahead of the first rows.
        lines.add(phase("open Candidates tab", gaps, () -> {
            robot.clickOn("Candidates");
            return "shown";
        }));
        fx.dialogs.corpusFiles = List.of(corpus);
        robot.clickOn("#addCorpus");
        robot.interact(() -> robot.lookup("#mineCount").queryAs(Spinner.class).getValueFactory().setValue(ADDITIONS));

        lines.add(phase("mine", gaps, () -> {
            robot.clickOn("#mine");
            WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !model.selection().rows().isEmpty());
            return model.selection().rows().size() + " candidates";
        }));
        // Again, warm: the first run pays JavaFX's one-time costs (CSS, skins and classes of the first
        // table cells), the second shows what every later run costs.
        lines.add(phase("mine again", gaps, () -> {
            robot.interact(() -> robot.lookup("#mineCount").queryAs(Spinner.class).getValueFactory().setValue(ADDITIONS - 1));
            Path first = model.tableSourceProperty().get();
            robot.clickOn("#mine");
            WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !first.equals(model.tableSourceProperty().get()));
            return model.selection().rows().size() + " candidates";
        }));
        lines.add(phase("select all + measure", gaps, () -> {
            robot.interact(() -> robot.lookup("#topN").queryAs(Spinner.class).getValueFactory().setValue(model.selection().rows().size()));
            robot.clickOn("#selectTop");
            WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !model.measure().measuringProperty().get()
                    && model.measure().resultProperty().get() != null);
            return model.measure().figureProperty().get();
        }));
        lines.add(phase("merge", gaps, () -> {
            fx.dialogs.newFolder = Optional.of(tmp.resolve("expanded"));
            robot.clickOn("#merge");
            WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !model.mergeLines().isEmpty());
            return model.mergeLines().get(1).values().getFirst() + " ids";
        }));
        lines.add(phase("preview typing", gaps, () -> {
            robot.clickOn("Preview");
            TextArea area = robot.lookup("#previewText").queryAs(TextArea.class);
            String text = "我们的老师每天早上八点来学校，下午五点回家。";
            for (int i = 1; i <= text.length(); i++) {
                String prefix = text.substring(0, i);
                robot.interact(() -> area.setText(prefix));
                Thread.sleep(40); // a fast typist: faster than the preview's quiet period
            }
            TokenPreviewViewModel p = fx.window().model().preview();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> p.afterTokensProperty().get() != null
                    && text.equals(p.afterTokensProperty().get().text()));
            return p.afterTokensProperty().get().tokens().size() + " tokens after";
        }));
        lines.add(phase("diagnostics tab shown", gaps, () -> {
            robot.clickOn("Diagnostics"); // the first showing builds the tab's skins and CSS
            Thread.sleep(300);
            return "shown";
        }));
        lines.add(phase("diagnostics run", gaps, () -> {
            // The Initialize settings written to a scratch copy and diagnosed; then the rows, plots and
            // projection are filled on the FX thread and a point is selected.
            DiagnosticsViewModel d = fx.window().model().diagnostics();
            long[] landed = new long[2];
            robot.interact(() -> d.resultProperty().addListener((o, was, now) -> {
                landed[0] = gaps.sinceReset();
                landed[1] = System.currentTimeMillis(); // to find the pulses in a profile
            }));
            robot.clickOn("#tryInitialize");
            WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> d.resultProperty().get() != null);
            long[] selectedAt = new long[1];
            robot.interact(() -> {
                selectedAt[0] = gaps.sinceReset();
                d.select(0);
            });
            // The plots arrive one per pulse after the rows (PlotStrip): the phase lasts until the last is
            // shown and a few frames more, so that its layout and rendering are measured too.
            javafx.scene.layout.HBox strip = robot.lookup("#diagPlots").queryAs(javafx.scene.layout.HBox.class);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> strip.getChildren().stream()
                    .filter(n -> n instanceof javafx.scene.image.ImageView).count() == d.plots().size()).get());
            Thread.sleep(200);
            List<String> after = new ArrayList<>();
            robot.interact(() -> after.addAll(gaps.timeline(landed[0] - 20, landed[0] + 600)));
            return d.rows().size() + " new rows diagnosed, shown at +" + landed[0] + " ms (epoch " + landed[1] + "), first row selected at +"
                    + selectedAt[0] + " ms; the pulses after it (+end gap/FX/render ms): "
                    + String.join(", ", after);
        }));
        robot.interact(gaps::stop);

        Path report = Path.of("target", "gui-stall.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, lines, StandardCharsets.UTF_8);
        assertEquals(8, lines.size());
        assertFalse(model.selection().rows().isEmpty());
        assertTrue(fx.dialogs.errors.isEmpty(), () -> fx.dialogs.headlines + " " + fx.dialogs.errors);
    }

    /// Runs `work` while `gaps` records, and returns `phase, longest gap ms, pulses, wall ms, outcome`.
    private String phase(String name, PulseGaps gaps, Callable<String> work) throws Exception {
        robot.interact(gaps::reset);
        long t0 = System.nanoTime();
        String outcome = work.call();
        WaitForAsyncUtils.waitForFxEvents();
        long wall = (System.nanoTime() - t0) / 1_000_000;
        double[] longest = new double[4];
        List<String> slow = new ArrayList<>();
        long[] pulses = new long[1];
        robot.interact(() -> {
            longest[0] = gaps.longestMillis();
            longest[1] = gaps.longestCpuMillis();
            longest[2] = gaps.busiestCpuMillis();
            longest[3] = gaps.longestRenderMillis();
            slow.addAll(gaps.slowGaps());
            pulses[0] = gaps.pulses();
        });
        assertTrue(pulses[0] > 0, name + ": no pulse was recorded");
        return String.format(Locale.ROOT, "%s\tlongest pulse gap %.1f ms (FX thread CPU in it %.1f ms, render thread %.1f ms)"
                + "\tmost FX CPU between two pulses %.1f ms\t%d pulses\t%d ms wall\tload %s\t%s", name, longest[0], longest[1],
                longest[3], longest[2], pulses[0], wall, load(), outcome)
                + slow.stream().map(g -> "\n    " + g).collect(java.util.stream.Collectors.joining());
    }

    private static String load() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.isReadable(loadavg) ? Files.readString(loadavg).split(" ")[0] : "?";
    }

    /// `copies` versions of `base`, each line rotated by a different amount, so that mining sees many
    /// distinct segments rather than one text repeated.
    private Path largerCorpus(Path base, int copies) throws IOException {
        List<String> lines = Files.readAllLines(base, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            for (String l : lines) {
                int[] cps = l.codePoints().toArray();
                int shift = cps.length == 0 ? 0 : k % cps.length;
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < cps.length; i++) {
                    sb.appendCodePoint(cps[(i + shift) % cps.length]);
                }
                out.add(sb.toString());
            }
        }
        return Files.write(tmp.resolve("stall-corpus.txt"), out, StandardCharsets.UTF_8);
    }
}
