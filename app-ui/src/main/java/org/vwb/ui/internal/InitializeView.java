package org.vwb.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.vwb.core.InitPreview;

/// The Initialize tab: strategy, head strategy and fallback with the options' property sheets and the
/// validation problem; below, the preview bar and the preview table (fallback rows highlighted). Binds
/// to [InitializeViewModel]; `busy` disables Preview while a job runs.
final class InitializeView {

    private final InitializeViewModel model;
    private final ObservableValue<Boolean> busy;

    InitializeView(InitializeViewModel model, ObservableValue<Boolean> busy) {
        this.model = model;
        this.busy = busy;
    }

    Node build() {
        Label problem = new Label();
        problem.setId("initProblem");
        problem.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold;");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        TitledPane options = new TitledPane("Options", new OptionSheet(model.fields(), "opt-", model::choosePath).node());
        options.textProperty().bind(Bindings.concat("Options of ", model.methodProperty()));
        TitledPane head = new TitledPane("lm_head options", new OptionSheet(model.headFields(), "headopt-", model::choosePath).node());
        head.visibleProperty().bind(Bindings.isNotEmpty(model.headFields()));
        head.managedProperty().bind(head.visibleProperty());
        VBox form = new VBox(6, strategies(), problem, options, head);
        form.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        BorderPane bottom = new BorderPane(table());
        bottom.setTop(new VBox(previewBar(), info()));
        SplitPane split = new SplitPane(scroll, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        return split;
    }

    private GridPane strategies() {
        ComboBox<String> method = combo("initMethod", model.methodNames());
        method.valueProperty().bindBidirectional(model.methodProperty());
        Label description = new Label();
        description.setId("initMethodDescription");
        description.setWrapText(true);
        description.textProperty().bind(Bindings.createStringBinding(() -> model.description(model.methodProperty().get()),
                model.methodProperty()));
        List<String> heads = new ArrayList<>(List.of(InitializeViewModel.SAME));
        heads.addAll(model.methodNames());
        ComboBox<String> head = combo("headMethod", heads);
        head.valueProperty().bindBidirectional(model.headMethodProperty());
        head.disableProperty().bind(model.untiedProperty().not());
        Label headNote = new Label();
        headNote.textProperty().bind(Bindings.when(model.untiedProperty())
                .then("the model has an untied lm_head: it may get its own strategy")
                .otherwise("tied model (or none open): the head shares the input rows"));
        ComboBox<String> fallback = combo("fallbackMethod", model.methodNames());
        fallback.valueProperty().bindBidirectional(model.fallbackProperty());
        CheckBox overlap = new CheckBox("copy the base's row for pieces it already has");
        overlap.setId("copyOverlap");
        overlap.selectedProperty().bindBidirectional(model.copyOverlapProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, bold("Strategy"), method, description);
        grid.addRow(1, bold("lm_head strategy"), head, headNote);
        grid.addRow(2, bold("Fallback"), fallback, overlap);
        GridPane.setHgrow(description, Priority.ALWAYS);
        return grid;
    }

    private HBox previewBar() {
        Label tokenizer = new Label();
        tokenizer.setId("initTokenizer");
        tokenizer.textProperty().bind(Bindings.createStringBinding(() -> model.tokenizerProperty().get() == null
                ? "none yet (merge on the Candidates tab)" : model.tokenizerProperty().get().toString(), model.tokenizerProperty()));
        tokenizer.setMinWidth(80);
        tokenizer.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tokenizer, Priority.ALWAYS);
        Button choose = button("chooseTokenizer", "Choose…", model::chooseTokenizer);
        Spinner<Integer> limit = new Spinner<>(0, 1_000_000, model.limitProperty().get());
        limit.setId("previewLimit");
        limit.setEditable(true);
        limit.setPrefWidth(90);
        model.limitProperty().bind(limit.valueProperty());
        Button run = button("runInitPreview", "Preview", model::runPreview);
        run.setDefaultButton(true);
        run.disableProperty().bind(model.tokenizerProperty().isNull().or(model.problemProperty().isNotEmpty())
                .or(Bindings.createBooleanBinding(busy::getValue, busy)));
        HBox bar = new HBox(8, bold("Tokenizer:"), tokenizer, choose, new Separator(Orientation.VERTICAL),
                new Label("first"), limit, new Label("new tokens (0 = all)"), run, matrixChoice());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 2, 8));
        return bar;
    }

    /// The input / lm_head switch of the preview table, shown when the preview has head rows (untied model).
    private HBox matrixChoice() {
        ComboBox<PreviewRows.Matrix> matrix = new ComboBox<>();
        matrix.setId("previewMatrix");
        matrix.getItems().setAll(PreviewRows.Matrix.values());
        matrix.valueProperty().bindBidirectional(model.preview().matrixProperty());
        matrix.setMinWidth(ComboBox.USE_PREF_SIZE);
        HBox box = new HBox(6, new Separator(Orientation.VERTICAL), new Label("rows of"), matrix);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(model.preview().hasHeadProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Label info() {
        Label info = new Label();
        info.setId("initPreviewInfo");
        info.textProperty().bind(model.previewInfoProperty());
        info.setWrapText(true);
        info.setPadding(new Insets(0, 8, 4, 8));
        return info;
    }

    private TableView<InitPreview.Row> table() {
        TableView<InitPreview.Row> table = new TableView<>(model.rows());
        table.setId("initPreviewTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No preview yet."));
        table.getColumns().add(column("ID", 55, InitPreview.Row::id));
        table.getColumns().add(column("Piece", 90, r -> VisibleText.of(r.piece())));
        table.getColumns().add(column("Method", 70, InitPreview.Row::method));
        table.getColumns().add(column("Origin", 80, InitPreview.Row::origin));
        table.getColumns().add(column("Norm", 70, r -> String.format(Locale.ROOT, "%.4f", r.norm())));
        table.getColumns().add(column("Sources (top " + InitPreview.TOP_SOURCES + ")", 360, InitializeView::sources));
        table.getColumns().add(column("Note", 200, InitPreview.Row::note));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(InitPreview.Row item, boolean empty) {
                super.updateItem(item, empty);
                // Fallback rows stand out: the method could not place these tokens.
                setStyle(!empty && item != null && item.fallback() ? "-fx-background-color: #fff4e5;" : "");
            }
        });
        return table;
    }

    static String sources(InitPreview.Row r) {
        return String.join("  ", r.sources().stream().map(s -> String.format(Locale.ROOT, "%s ×%.2f",
                VisibleText.of(s.piece()), s.weight())).toList());
    }

    private static <T> TableColumn<InitPreview.Row, T> column(String title, double width, Function<InitPreview.Row, T> value) {
        TableColumn<InitPreview.Row, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private static ComboBox<String> combo(String id, List<String> items) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(items);
        c.setPrefWidth(180);
        return c;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }
}
