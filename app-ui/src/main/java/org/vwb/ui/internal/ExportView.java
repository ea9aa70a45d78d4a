package org.vwb.ui.internal;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.vwb.core.Recipe;

/// The Export tab: output folder, Plan, Run (progress and Cancel in the status bar), Save/Load recipe;
/// below, the plan and the result. Binds to [ExportViewModel]; `busy` disables the job buttons.
final class ExportView {

    private final ExportViewModel model;
    private final Runnable loadRecipe;
    private final ObservableValue<Boolean> busy;
    private final SummaryGrid plan = new SummaryGrid("exportPlan", "plan-");
    private final SummaryGrid result = new SummaryGrid("exportResult", "result-");

    ExportView(ExportViewModel model, Runnable loadRecipe, ObservableValue<Boolean> busy) {
        this.model = model;
        this.loadRecipe = loadRecipe;
        this.busy = busy;
    }

    Node build() {
        plan.hint("Plan shows the stages, what will be written and the disk space it needs.");
        result.hint("Run writes the expanded model: mine or take the selected pieces → merge → initialise → write → verify.");
        model.planRows().addListener((ListChangeListener<SummaryRow>) c -> {
            if (!model.planRows().isEmpty()) {
                plan.fill(model.planRows());
            }
        });
        model.resultRows().addListener((ListChangeListener<SummaryRow>) c -> {
            if (!model.resultRows().isEmpty()) {
                result.fill(model.resultRows());
            }
        });
        TitledPane planPane = new TitledPane("Plan", plan.node());
        planPane.setId("exportPlanPane");
        TitledPane resultPane = new TitledPane("Result", result.node());
        resultPane.setId("exportResultPane");
        VBox box = new VBox(6, outputBar(), pieces(), actions(), planPane, resultPane);
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private HBox outputBar() {
        Label output = new Label();
        output.setId("exportOutput");
        output.textProperty().bind(Bindings.createStringBinding(() -> model.outputProperty().get() == null
                ? "not chosen yet" : model.outputProperty().get().toString(), model.outputProperty()));
        output.setMinWidth(80);
        output.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(output, Priority.ALWAYS);
        CheckBox overwrite = new CheckBox("Overwrite an existing folder");
        overwrite.setId("exportOverwrite");
        overwrite.setMinWidth(CheckBox.USE_PREF_SIZE);
        overwrite.selectedProperty().bindBidirectional(model.overwriteProperty());
        HBox bar = new HBox(8, bold("Output folder:"), output,
                InitializeView.button("chooseOutput", "Choose…", model::chooseOutput), overwrite);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Label pieces() {
        Label l = new Label();
        l.setId("exportPieces");
        l.setWrapText(true);
        l.textProperty().bind(Bindings.createStringBinding(this::piecesText, model.loadedPiecesProperty()));
        return l;
    }

    private String piecesText() {
        Recipe.Pieces p = model.loadedPiecesProperty().get();
        if (p == null) {
            return "Pieces: the candidates selected on the Candidates tab; strategy and options: the Initialize tab.";
        }
        return String.format(Locale.ROOT, "Pieces from the loaded recipe: %s %d (%s) — a selection on the Candidates tab replaces them.",
                p.source().name().toLowerCase(Locale.ROOT), p.count(), p.from() == null ? "from the corpus" : p.from());
    }

    private HBox actions() {
        Button planButton = InitializeView.button("planExport", "Plan", model::plan);
        Button run = InitializeView.button("runExport", "Run", model::run);
        run.setStyle("-fx-font-weight: bold;");
        run.disableProperty().bind(model.outputProperty().isNull().or(Bindings.createBooleanBinding(busy::getValue, busy)));
        planButton.disableProperty().bind(run.disableProperty());
        HBox bar = new HBox(8, planButton, run, new Separator(Orientation.VERTICAL),
                InitializeView.button("saveRecipe", "Save recipe…", model::saveRecipe),
                InitializeView.button("loadRecipe", "Load recipe…", loadRecipe));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
