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
