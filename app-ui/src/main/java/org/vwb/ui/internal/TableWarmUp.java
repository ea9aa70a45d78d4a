package org.vwb.ui.internal;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/// Makes a table create its row cells before real rows arrive. A `TableView` creates the cells of the
/// visible rows the first time it has rows, and later only refills them: measured by `GuiStallTest`, the
/// first fill of the Candidates table after mining cost the FX thread ~100 ms in one pulse, a refill ~35 ms
/// (docs/BENCHMARKS.md). So the table first shows `sample` rows, transparent, and as soon as a layout pass has
/// made their cells it gets its own items back (the cells stay and are reused) and becomes visible.
final class TableWarmUp {

    private TableWarmUp() {
    }

    /// As [#onSample], but only `delay` after the table's window is first shown, and not at all when the
    /// table has rows by then: for tables on a tab the user opens later, whose cells made at the window's
    /// first layout cost start-up ~0.3 s (three Diagnostics tables; launches measured A/B, docs/BENCHMARKS.md).
    static <S> void afterShown(TableView<S> table, ObservableList<S> sample, javafx.util.Duration delay) {
        table.sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::showingProperty).addListener(new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was,
                                        Boolean now) {
                        if (Boolean.TRUE.equals(now)) {
                            o.removeListener(this);
                            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(delay);
                            wait.setOnFinished(e -> {
                                if (table.getItems().isEmpty()) {
                                    onSample(table, sample);
                                    table.requestLayout();
                                }
                            });
                            wait.play();
                        }
                    }
                });
    }

    /// Lets `table` make its cells on `sample` (enough rows to fill it) at its first layout.
    static <S> void onSample(TableView<S> table, ObservableList<S> sample) {
        ObservableList<S> items = table.getItems();
        table.setItems(sample);
        table.setOpacity(0);
        ChangeListener<Boolean> done = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                // needsLayout turns false when a layout pass ran; with a width, the rows were laid out.
                if (!now && table.getWidth() > 0) {
                    table.needsLayoutProperty().removeListener(this);
                    Platform.runLater(() -> {
                        table.setItems(items);
                        table.setOpacity(1);
                    });
                }
            }
        };
        table.needsLayoutProperty().addListener(done);
    }
}
