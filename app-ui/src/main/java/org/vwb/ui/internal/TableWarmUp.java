package org.vwb.ui.internal;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import javafx.util.Duration;

/// Makes a table create its row cells, and run the code that fills them, before real rows arrive.
///
/// A `TableView` creates the cells of the visible rows the first time it has rows, and later only refills
/// them: measured by `GuiStallTest`, the first fill of the Candidates table after mining cost the FX thread
/// ~100 ms in one pulse, a refill ~35 ms (docs/BENCHMARKS.md). Making the cells ahead was not all of it:
/// JFR showed the code of the fill itself (row and cell updates, the check boxes' CSS) still running in
/// the interpreter at the first real fill, while the JIT compilers took the cores to compile it (session 6).
/// So, after the window has been shown, the table fills itself from `sample` rows and empties again a few
/// times, one step per pulse and transparent, then gets its own items back: the cells stay and are reused,
/// and that code has run often enough to be compiled by then.
final class TableWarmUp {

    /// How many times the table is filled from the sample and emptied again. Each fill updates every
    /// visible row (~20) and cell; C1 compiles a method after ~200 calls, so a row's code needs ~10 fills.
    /// Measured (`benchmarks/run-gui-stall.sh`, docs/BENCHMARKS.md): 8 fills did not lower the first real
    /// fill's FX work, 30 did. `-Dvwb.ui.warmUpFills=1` makes the cells once only, as before session 6 (the
    /// A/B switch).
    static final int FILLS = Math.max(1, Integer.getInteger("vwb.ui.warmUpFills", 30));

    private TableWarmUp() {
    }

    /// Rehearses `table`'s fill on `sample` (more rows than fit) `delay` after its window is first shown,
    /// unless the table has rows by then. Not at the window's first layout: cells made there cost start-up
    /// ~0.3 s for three Diagnostics tables (launches measured A/B, docs/BENCHMARKS.md).
    static <S> void afterShown(TableView<S> table, ObservableList<S> sample, Duration delay) {
        table.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .addListener(new ChangeListener<>() {
                    @Override
                    public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                        if (Boolean.TRUE.equals(now)) {
                            o.removeListener(this);
                            PauseTransition wait = new PauseTransition(delay);
                            wait.setOnFinished(e -> {
                                if (table.getItems().isEmpty()) {
                                    new Rehearsal<>(table, sample, FILLS).start();
                                }
                            });
                            wait.play();
                        }
                    }
                });
    }

    /// One table's rehearsal: odd steps show the sample, even steps nothing; one step per pulse, so the
    /// layout pass of each step runs in a pulse of its own. Rows of the table's own arriving end it at once.
    private static final class Rehearsal<S> extends AnimationTimer {

        private final TableView<S> table;
        private final ObservableList<S> own;
        private final ObservableList<S> sample;
        private final ObservableList<S> none = FXCollections.observableArrayList();
        private final int steps;
        private final ListChangeListener<S> arrived = c -> finish();
        private int step;

        Rehearsal(TableView<S> table, ObservableList<S> sample, int fills) {
            this.table = table;
            this.own = table.getItems();
            this.sample = sample;
            this.steps = 2 * fills;
        }

        @Override
        public void start() {
            own.addListener(arrived);
            table.setOpacity(0);
            super.start();
        }

        @Override
        public void handle(long now) {
            step++;
            if (step > steps || !own.isEmpty()) {
                finish();
            } else {
                // Animations run before the pulse's CSS and layout pass, which then fills or empties the cells.
                table.setItems(step % 2 == 1 ? sample : none);
            }
        }

        private void finish() {
            stop();
            own.removeListener(arrived);
            if (table.getItems() != own) {
                table.setItems(own);
            }
            table.setOpacity(1);
        }
    }
}
