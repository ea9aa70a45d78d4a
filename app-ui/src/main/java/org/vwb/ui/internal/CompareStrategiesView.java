package org.vwb.ui.internal;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.ReconstructionSpec;

/// "Compare strategies": methods to tick, held-out count and seed, Compare; the problem, what the
/// scores are about, and one table row per method. Binds to [CompareStrategiesViewModel].
final class CompareStrategiesView {

    private final CompareStrategiesViewModel model;
    private final ObservableValue<Boolean> busy;

    CompareStrategiesView(CompareStrategiesViewModel model, ObservableValue<Boolean> busy) {
        this.model = model;
        this.busy = busy;
    }

    Node build() {
        Label problem = new Label();
        problem.setId("compareProblem");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.setWrapText(true);
        Label info = new Label();
        info.setId("compareInfo");
        info.setWrapText(true);
        info.textProperty().bind(model.infoProperty());
        TableView<MethodScore> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(4, DiagnosticsView.bold("Compare strategies: rebuild held-out tokens (shaded rows: baselines)"), inputs(),
                problem, info, table);
        box.setPadding(new Insets(4, 6, 4, 6));
        return box;
    }

    private FlowPane inputs() {
        FlowPane pane = new FlowPane(8, 4);
        pane.setAlignment(Pos.CENTER_LEFT);
        for (CompareStrategiesViewModel.Choice c : model.choices()) {
            CheckBox box = new CheckBox(c.name());
            box.setId("compare-" + c.name());
            box.setTooltip(new Tooltip(c.description()));
            box.selectedProperty().bindBidirectional(c.selected());
            pane.getChildren().add(box);
        }
        Label baselines = new Label("+ baselines");
        baselines.setTooltip(new Tooltip(String.join(", ", ReconstructionSpec.BASELINES) + " run every time"));
        TextField holdout = field("compareHoldout", 55);
        holdout.textProperty().bindBidirectional(model.holdoutProperty());
        TextField seed = field("compareSeed", 55);
        seed.textProperty().bindBidirectional(model.seedProperty());
        Button run = InitializeView.button("runCompare", "Compare", model::run);
        run.disableProperty().bind(model.problemProperty().isNotEmpty().or(Bindings.createBooleanBinding(busy::getValue, busy)));
        pane.getChildren().addAll(baselines, new Label("held out"), holdout, new Label("seed"), seed, run);
        return pane;
    }

    private static TextField field(String id, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(4);
        f.setPrefWidth(width);
        return f;
    }

    private TableView<MethodScore> table() {
        TableView<MethodScore> table = new TableView<>(model.rows());
        table.setId("compareTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Tick methods, then Compare."));
        table.getColumns().add(DiagnosticsView.column("Method", 105, MethodScore::method));
        table.getColumns().add(DiagnosticsView.number("MRR", MethodScore::mrr));
        table.getColumns().add(DiagnosticsView.number("P@1", MethodScore::precisionAt1));
        table.getColumns().add(DiagnosticsView.number("P@10", MethodScore::precisionAt10));
        table.getColumns().add(DiagnosticsView.number("Mean cos", MethodScore::meanCosine));
        table.getColumns().add(DiagnosticsView.number("Coverage", MethodScore::coverage));
        table.getColumns().add(DiagnosticsView.number("CPU s", MethodScore::cpuSeconds));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(MethodScore item, boolean empty) {
                super.updateItem(item, empty);
                // Baselines are the yardstick, not candidates: shaded so the methods stand out.
                setStyle(!empty && item != null && item.baseline() ? "-fx-background-color: #eef2f8;" : "");
            }
        });
        return table;
    }
}
