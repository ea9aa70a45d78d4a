package org.vwb.ui.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import javafx.util.StringConverter;

import org.vwb.core.CandidateEntry;
import org.vwb.core.SummaryLine;
import org.vwb.vocab.mine.Script;

/// The Candidates tab: corpus, mining and import bar, filter and selection bar, the candidate table with check
/// boxes, the live before → after figure, Merge, and the merge report. Binds to [CandidatesViewModel];
/// `busy` (a job runs) disables the buttons that start jobs.
final class CandidatesView {

    /// The sample row of the table's warm-up twin ([TableWarmUp]): Han text, a merge and byte pieces.
    private static final CandidateEntry WARM_ROW = new CandidateEntry(1, "中文", "中文", 1, 1, "中", "文",
            java.util.List.of("中", "<0xE6>", "<0x96>", "<0x87>"));

    /// How long after the window appears the table rehearses its fill: after start-up, before a person
    /// has added a corpus and mined.
    private static final javafx.util.Duration WARM_UP_DELAY = javafx.util.Duration.seconds(1);

    private final CandidatesViewModel model;
    private final ObservableValue<Boolean> busy;
    private final SummaryGrid report = new SummaryGrid("mergeReport", "merge-");

    CandidatesView(CandidatesViewModel model, ObservableValue<Boolean> busy) {
        this.model = model;
        this.busy = busy;
    }

    Node build() {
        BorderPane pane = new BorderPane();
        pane.setTop(new VBox(corpusBar(), selectionBar(), info()));
        TableView<CandidateRow> table = table(model.selection().shown());
        table.setId("candidatesTable");
        // Its cells made and their fill rehearsed after the window is shown, not at its first layout, which
        // the start-up waits for (TableWarmUp).
        TableWarmUp.afterShown(table, warmRows(), WARM_UP_DELAY);
        pane.setCenter(table);
        pane.setBottom(bottom());
        return pane;
    }

    private VBox corpusBar() {
        Label files = new Label();
        files.setId("corpusFiles");
        files.textProperty().bind(Bindings.createStringBinding(this::corpusText, model.corpus()));
        files.setMinWidth(120);
        files.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(files, Priority.ALWAYS);
        Button add = button("addCorpus", "Add corpus files…", model::addCorpusFiles);
        Button clear = button("clearCorpus", "Clear", model::clearCorpus);
        clear.disableProperty().bind(Bindings.isEmpty(model.corpus()));
        Spinner<Integer> count = spinner("mineCount", 1, 100_000, model.additionsProperty().get(), 90);
        model.additionsProperty().bind(count.valueProperty());
        Spinner<Integer> minFreq = spinner("mineMinFrequency", 1, 1_000_000, model.mineMinFrequencyProperty().get(), 70);
        model.mineMinFrequencyProperty().bind(minFreq.valueProperty());
        Button mine = button("mine", "Mine", model::mine);
        mine.disableProperty().bind(model.canMineProperty().not().or(Bindings.createBooleanBinding(busy::getValue, busy)));
        Button importCsv = button("importCandidates", "Import CSV…", model::importCandidates);
        importCsv.disableProperty().bind(model.baseProperty().isNull().or(Bindings.createBooleanBinding(busy::getValue, busy)));
        Button importTokenizer = button("importTokenizer", "Import tokenizer…", model::importTokenizer);
        importTokenizer.disableProperty().bind(importCsv.disableProperty());
        HBox bar = new HBox(8, new Label("Corpus:"), files, add, clear, new Separator(Orientation.VERTICAL),
                new Label("Pieces"), count, new Label("min. frequency"), minFreq, mine);
        // Both imports on a line of their own: with them the mining line no longer fits 1,100 pixels.
        HBox imports = new HBox(8, new Label("Or import:"), importCsv, new Separator(Orientation.VERTICAL),
                new Label("the pieces of a tokenizer the base lacks,"), scriptChoice(), importTokenizer);
        padded(imports).setPadding(new Insets(0, 8, 6, 8));
        return new VBox(padded(bar), imports);
    }

    /// Which pieces of an imported tokenizer are listed.
    private ComboBox<Script> scriptChoice() {
        ComboBox<Script> script = new ComboBox<>();
        script.setId("importScript");
        script.getItems().setAll(Script.values());
        script.setConverter(new StringConverter<>() {
            @Override
            public String toString(Script s) {
                return s == null ? "" : switch (s) {
                    case CJK -> "Han pieces";
                    case CJK_WORD_START -> "Han, also after a space";
                    case CJK_PUNCTUATION -> "Han and CJK punctuation";
                    case ANY -> "all pieces";
                };
            }

            @Override
            public Script fromString(String text) {
                return script.getItems().stream().filter(s -> toString(s).equals(text)).findFirst().orElse(null);
            }
        });
        script.valueProperty().bindBidirectional(model.importScriptProperty());
        script.setMinWidth(ComboBox.USE_PREF_SIZE);
        return script;
    }

    private String corpusText() {
        int n = model.corpus().size();
        if (n == 0) {
            return "no files yet";
        }
        String names = String.join(", ", model.corpus().stream().map(Path::getFileName).map(Path::toString).toList());
        return n == 1 ? names : n + " files: " + names;
    }

    /// More sample rows than fit, so the twin also shows its scroll bar and a check box on every row.
    private static ObservableList<CandidateRow> warmRows() {
        ObservableList<CandidateRow> rows = FXCollections.observableArrayList();
        for (int i = 0; i < 80; i++) {
            rows.add(new CandidateRow(WARM_ROW));
        }
        return rows;
    }

    private HBox selectionBar() {
        TextField search = new TextField();
        search.setId("candidateSearch");
        search.setPromptText("Search piece or text");
        search.setPrefColumnCount(12);
        search.textProperty().bindBidirectional(model.selection().filters().searchProperty());
        Spinner<Integer> minFreq = spinner("candidateMinFrequency", 0, Integer.MAX_VALUE, 0, 80);
        model.selection().filters().minFrequencyProperty().bind(minFreq.valueProperty());
        ComboBox<RowFilter> shape = new ComboBox<>();
        shape.setId("candidateShape");
        shape.getItems().setAll(RowFilter.values());
        shape.valueProperty().bindBidirectional(model.selection().filters().shapeProperty());
        Spinner<Integer> top = spinner("topN", 1, 1_000_000, model.selection().topNProperty().get(), 80);
        model.selection().topNProperty().bind(top.valueProperty());
        HBox bar = new HBox(8, search, new Label("min. frequency"), minFreq, shape, new Separator(Orientation.VERTICAL),
                new Label("Top"), top, button("selectTop", "Select top N", model.selection()::selectTop),
                button("selectShown", "Select shown", model.selection()::selectShown),
                button("clearSelection", "Clear selection", model.selection()::clear));
        return padded(bar);
    }

    private Label info() {
        Label info = new Label();
        info.setId("candidatesInfo");
        info.textProperty().bind(model.tableInfoProperty());
        info.setPadding(new Insets(0, 8, 6, 8));
        return info;
    }

    private TableView<CandidateRow> table(ObservableList<CandidateRow> rows) {
        TableView<CandidateRow> table = new TableView<>(rows);
        table.setEditable(true);
        // Every row is one line: a fixed height spares the layout a preferred-height pass over each new cell.
        table.setFixedCellSize(24);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No candidates: mine from corpus files, or import a candidates CSV or a tokenizer."));
        TableColumn<CandidateRow, Boolean> use = new TableColumn<>("Use");
        use.setId("useColumn");
        use.setCellValueFactory(c -> c.getValue().selectedProperty());
        use.setCellFactory(CheckBoxTableCell.forTableColumn(use));
        use.setEditable(true);
        use.setPrefWidth(44);
        use.setMaxWidth(60);
        table.getColumns().add(use);
        table.getColumns().add(column("#", 50, CandidateEntry::rank));
        table.getColumns().add(column("Piece", 130, e -> VisibleText.of(e.piece())));
        table.getColumns().add(column("Text", 110, e -> VisibleText.of(e.text())));
        table.getColumns().add(column("Frequency", 90, CandidateEntry::frequency));
        table.getColumns().add(column("Tokens saved", 100, CandidateEntry::tokensSaved));
        table.getColumns().add(column("Parts", 110, CandidatesView::parts));
        table.getColumns().add(column("Base tokens today", 260, e -> e.baseTokens().size() + ": "
                + String.join(" · ", e.baseTokens().stream().map(VisibleText::of).toList())));
        return table;
    }

    /// The merge parts, or what a row without parts is: a byte-fallback character, or an imported piece.
    private static String parts(CandidateEntry e) {
        if (e.hasParts()) {
            return e.left() + " + " + e.right();
        }
        String body = e.text().startsWith(" ") ? e.text().substring(1) : e.text();
        return body.codePointCount(0, body.length()) <= 1 ? "(character)" : "(no parts)";
    }

    private static <T> TableColumn<CandidateRow, T> column(String title, double width, Function<CandidateEntry, T> value) {
        TableColumn<CandidateRow, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setEditable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().entry())));
        return c;
    }

    private VBox bottom() {
        SelectionMeasure m = model.measure();
        Label count = new Label();
        count.setId("selectedCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%,d of %,d selected",
                model.selection().countProperty().get(), model.selection().rows().size()),
                model.selection().countProperty(), model.selection().rows()));
        ProgressIndicator measuring = new ProgressIndicator();
        measuring.setId("measuring");
        measuring.setPrefSize(18, 18);
        measuring.visibleProperty().bind(m.measuringProperty());
        Label figure = new Label();
        figure.setId("selectionFigure");
        figure.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        figure.textProperty().bind(m.figureProperty());
        figure.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(figure, Priority.ALWAYS);
        Button merge = button("merge", "Merge into folder…", model::merge);
        merge.disableProperty().bind(model.canMergeProperty().not().or(Bindings.createBooleanBinding(busy::getValue, busy)));
        HBox line = new HBox(10, count, measuring, figure, merge);
        line.setAlignment(Pos.CENTER_LEFT);
        Label details = new Label();
        details.setId("selectionDetails");
        details.textProperty().bind(m.detailsProperty());
        TitledPane reportPane = new TitledPane("Merge report", report.node());
        reportPane.setId("mergeReportPane");
        reportPane.visibleProperty().bind(Bindings.isNotEmpty(model.mergeLines()));
        reportPane.managedProperty().bind(reportPane.visibleProperty());
        model.mergeLines().addListener((ListChangeListener<SummaryLine>) c -> report.fill(SummaryRows.of(model.mergeLines())));
        VBox box = new VBox(4, line, details, reportPane);
        box.setPadding(new Insets(6, 8, 6, 8));
        return box;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int initial, double width) {
        Spinner<Integer> s = new Spinner<>(min, max, initial);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(width);
        s.setMinWidth(width);
        return s;
    }

    private static HBox padded(HBox bar) {
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }
}
