package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// The rehearsal of a table's fill after its window is shown: the table ends with its own items, visible,
/// with row cells made; and its own rows arriving during the rehearsal end it at once.
class TableWarmUpTest {

    private final ObservableList<String> own = FXCollections.observableArrayList();
    private final ObservableList<String> sample = FXCollections.observableArrayList();
    private TableView<String> table;
    /// A stage of its own: the shared primary stage keeps the handlers the main-window tests set on it.
    private Stage stage;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        if (stage != null) {
            FxToolkit.setupFixture(stage::hide);
        }
    }

    private void show() throws TimeoutException {
        for (int i = 0; i < 60; i++) {
            sample.add("sample " + i);
        }
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            table = new TableView<>(own);
            table.setFixedCellSize(24);
            TableColumn<String, String> text = new TableColumn<>("Text");
            text.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            table.getColumns().add(text);
            TableWarmUp.afterShown(table, sample, Duration.millis(50));
            stage.setScene(new Scene(table, 300, 400));
            stage.show();
        });
    }

    @Test
    void afterTheRehearsalTheTableShowsItsOwnItemsOnCellsMadeAhead() throws Exception {
        show();
        List<Double> opacities = new ArrayList<>();
        // The rehearsal turns the table transparent while it runs and opaque again at its end.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            opacities.add(table.getOpacity());
            return opacities.contains(0.0) && table.getOpacity() == 1.0;
        }).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(own, WaitForAsyncUtils.asyncFx(table::getItems).get());
        long rows = WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?>).count()).get();
        assertTrue(rows >= 400 / 24, rows + " row cells");
        assertEquals(60, sample.size(), "the sample is left as it was");
    }

    @Test
    void ownRowsArrivingDuringTheRehearsalEndItAtOnce() throws Exception {
        show();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> table.getOpacity() == 0.0).get());
        List<Object> seen = WaitForAsyncUtils.asyncFx(() -> {
            own.setAll("mined 1", "mined 2");
            return List.<Object>of(table.getItems(), table.getOpacity());
        }).get();
        assertSame(own, seen.get(0));
        assertEquals(1.0, seen.get(1));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // pulses in which the rehearsal would go on
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(own, WaitForAsyncUtils.asyncFx(table::getItems).get());
        assertEquals(List.of("mined 1", "mined 2"), List.copyOf(own));
        assertFalse(WaitForAsyncUtils.asyncFx(() -> table.getOpacity() == 0.0).get());
    }
}
