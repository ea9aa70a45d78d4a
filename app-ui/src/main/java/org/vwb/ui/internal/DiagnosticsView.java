package org.vwb.ui.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.diagnostics.HullVerdict;

/// The Diagnostics tab: source folders and Run; the verdict counts; the hull table, the projection and
/// the selected token's neighbours and sources; below, the core's histograms and the strategy
/// comparison. Binds to [DiagnosticsViewModel] and [CompareStrategiesViewModel].
final class DiagnosticsView {

    /// How long after the window appears the tables make their cells: after start-up, long before a
    /// person opens this tab and runs the diagnostics.
    private static final javafx.util.Duration WARM_UP_DELAY = javafx.util.Duration.seconds(1.5);

    /// The sample row the hull table makes its cells on before a run ([TableWarmUp]).
    private static final HullRow WARM_ROW = new HullRow(0, 32000, "中文", "fvt", "MIXTURE", HullVerdict.INSIDE,
            0, 0.5, 0, 0.01, 1.25);

    private final DiagnosticsViewModel model;
    private final CompareStrategiesViewModel compare;
    private final ObservableValue<Boolean> busy;

    DiagnosticsView(DiagnosticsViewModel model, CompareStrategiesViewModel compare, ObservableValue<Boolean> busy) {
        this.model = model;
        this.compare = compare;
        this.busy = busy;
    }

    Node build() {
        SplitPane upper = new SplitPane(table(), new ProjectionChart(model.projectionProperty(), model.selectedProperty(),
                model::select), details());
        upper.setDividerPositions(0.5, 0.78);
        SplitPane lower = new SplitPane(new PlotStrip(model).build(), new CompareStrategiesView(compare, busy).build());
        lower.setDividerPositions(0.45);
        SplitPane split = new SplitPane(upper, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.57);
        BorderPane root = new BorderPane(split);
        root.setTop(header());
        return root;
    }

    private VBox header() {
        Label problem = new Label();
        problem.setId("diagProblem");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label summary = new Label();
        summary.setId("diagSummary");
        summary.setWrapText(true);
        summary.setStyle("-fx-font-weight: bold;");
        summary.textProperty().bind(model.summaryProperty());
        VBox box = new VBox(4, folderBar(), actionBar(), problem, summary);
        summary.setWrapText(false);
        box.setPadding(new Insets(6, 8, 6, 8));
        return box;
    }

    private HBox folderBar() {
        HBox bar = new HBox(8, bold("Patched:"), pathLabel("diagPatched", model.patchedProperty(), "none yet"),
                InitializeView.button("choosePatched", "Choose…", model::choosePatched), new Separator(Orientation.VERTICAL),
                bold("Base:"), pathLabel("diagBase", model.baseProperty(), "open a model"),
                InitializeView.button("chooseDiagBase", "Choose…", model::chooseBase));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Label pathLabel(String id, ReadOnlyObjectProperty<Path> path, String none) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(Bindings.createStringBinding(() -> path.get() == null ? none : path.get().toString(), path));
        l.setMinWidth(60);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS); // the folder's own name matters most
        HBox.setHgrow(l, Priority.ALWAYS);
        return l;
    }

    private HBox actionBar() {
        Button run = InitializeView.button("runDiagnostics", "Run diagnostics", model::run);
        run.setStyle("-fx-font-weight: bold;");
        run.disableProperty().bind(model.problemProperty().isNotEmpty().or(Bindings.createBooleanBinding(busy::getValue, busy)));
        Button trial = InitializeView.button("tryInitialize", "Try the Initialize settings", model::runTrial);
        trial.disableProperty().bind(Bindings.createBooleanBinding(busy::getValue, busy).or(model.baseProperty().isNull()));
        trial.setTooltip(new javafx.scene.control.Tooltip(
                "Writes the Initialize tab's strategy into a scratch copy of the model and diagnoses it"));
        ComboBox<MatrixRole> matrix = new ComboBox<>();
        matrix.setId("diagMatrix");
        matrix.getItems().setAll(MatrixRole.values());
        matrix.setConverter(new StringConverter<>() {
            @Override
            public String toString(MatrixRole r) {
                return r == null ? "" : DiagnosticsRows.label(r);
            }

            @Override
            public MatrixRole fromString(String s) {
                return "lm_head".equals(s) ? MatrixRole.OUTPUT : MatrixRole.INPUT;
            }
        });
        matrix.valueProperty().bindBidirectional(model.roleProperty());
        matrix.disableProperty().bind(model.untiedProperty().not());
        Label report = new Label();
        report.setId("diagReport");
        report.textProperty().bind(Bindings.createStringBinding(() -> model.resultProperty().get() == null ? ""
                : "report: " + model.resultProperty().get().out().resolve("report.html"), model.resultProperty()));
        report.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        report.setMinWidth(60);
        report.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(report, Priority.ALWAYS);
        HBox bar = new HBox(8, run, trial, new Separator(Orientation.VERTICAL), bold("Matrix:"), matrix,
                new Separator(Orientation.VERTICAL), report);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<HullRow> table() {
        SortedList<HullRow> sorted = new SortedList<>(model.rows());
        TableView<HullRow> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("hullTable");
        table.setPlaceholder(new Label("No diagnostics yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(24); // as the Candidates table: no row is measured when ~2,000 rows arrive
        TableWarmUp.afterShown(table, FXCollections.observableArrayList(java.util.Collections.nCopies(60, WARM_ROW)),
                WARM_UP_DELAY);
        table.getColumns().add(column("Token", 44, HullRow::token));
        table.getColumns().add(column("ID", 40, HullRow::id));
        table.getColumns().add(column("Method", 62, HullRow::strategy));
        table.getColumns().add(verdictColumn());
        table.getColumns().add(number("Dist. ≥", HullRow::distanceLower));
        table.getColumns().add(number("Dist. ≤", HullRow::distanceUpper));
        table.getColumns().add(number("Rel. ≥", HullRow::relativeLower));
        table.getColumns().add(number("Rel. ≤", HullRow::relativeUpper));
        table.getColumns().add(number("Norm", HullRow::norm));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        return table;
    }

    /// The verdict in the chart's colour for it, so table and projection read together.
    private static TableColumn<HullRow, HullVerdict> verdictColumn() {
        TableColumn<HullRow, HullVerdict> c = column("Verdict", 80, HullRow::verdict);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            // One dot per cell, recoloured: a new node per update would be styled anew on every refill.
            private final Circle dot = new Circle(4);

            @Override
            protected void updateItem(HullVerdict item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name().toLowerCase(Locale.ROOT));
                // A dot, not coloured text: it stays legible on the selected row's highlight.
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    dot.setFill(ProjectionChart.colour(item));
                    setGraphic(dot);
                }
            }
        });
        return c;
    }

    private VBox details() {
        Label title = new Label();
        title.setId("diagSelection");
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold;");
        title.textProperty().bind(model.selectionProperty());
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label note = new Label();
        note.setId("diagSourcesNote");
        note.setWrapText(true);
        note.textProperty().bind(model.sourcesNoteProperty());
        note.setMinHeight(Region.USE_PREF_SIZE);
        TableView<TokenWeight> neighbours = weights("neighbourTable", model.neighbours(), "Cosine");
        TableView<TokenWeight> sources = weights("sourceTable", model.sources(), "Weight");
        VBox.setVgrow(neighbours, Priority.ALWAYS);
        VBox.setVgrow(sources, Priority.ALWAYS);
        VBox box = new VBox(4, title, bold("Nearest old tokens"), neighbours, bold("Mixture sources"), note, sources);
        box.setPadding(new Insets(4));
        box.setMinWidth(150);
        return box;
    }

    private static TableView<TokenWeight> weights(String id, javafx.collections.ObservableList<TokenWeight> items, String value) {
        TableView<TokenWeight> t = new TableView<>(items);
        t.setId(id);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label("—"));
        t.setPrefHeight(120);
        TableColumn<TokenWeight, String> token = new TableColumn<>("Token");
        token.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().token()));
        TableColumn<TokenWeight, Integer> tid = new TableColumn<>("ID");
        tid.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        TableColumn<TokenWeight, String> v = new TableColumn<>(value);
        v.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.format(Locale.ROOT, "%.4f", c.getValue().value())));
        t.getColumns().setAll(java.util.List.of(token, tid, v));
        // Its cells made before the first selection, not in its pulse ([TableWarmUp]).
        TableWarmUp.afterShown(t, FXCollections.observableArrayList(java.util.Collections.nCopies(8,
                new TokenWeight(1000, "中文", 0.5))), WARM_UP_DELAY);
        return t;
    }

    static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /// A numeric column: sorts by value, shows [DiagnosticsRows#number(double)].
    static <S> TableColumn<S, Double> number(String title, Function<S, Double> value) {
        TableColumn<S, Double> c = column(title, 58, value);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DiagnosticsRows.number(item));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
