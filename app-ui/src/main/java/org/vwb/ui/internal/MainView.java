package org.vwb.ui.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// The main window's content: menu and toolbar, the Summary tab, and a status bar with the running
/// job's progress and a Cancel button. Binds to [MainViewModel] and [JobStatus]; holds no state.
public final class MainView {

    private final MainViewModel model;
    private final JobStatus status;
    private final Menu recentMenu = new Menu("Open _recent");
    private final GridPane summaryGrid = new GridPane();

    /// A view of `model` whose status bar follows `status`.
    public MainView(MainViewModel model, JobStatus status) {
        this.model = model;
        this.status = status;
    }

    /// Builds the node tree.
    public Parent build() {
        BorderPane root = new BorderPane();
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(tabs());
        root.setBottom(statusBar());
        acceptDroppedFolders(root);
        return root;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("_Open model folder…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> model.chooseAndOpenFolder());
        MenuItem sample = new MenuItem("Open _sample model…");
        sample.setOnAction(e -> model.chooseAndOpenSample());
        model.recentFolders().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        return new MenuBar(new Menu("_File", null, open, sample, recentMenu));
    }

    private void fillRecent() {
        List<MenuItem> items = model.recentSnapshot().stream().map(p -> {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.open(p));
            return item;
        }).toList();
        recentMenu.getItems().setAll(items);
        recentMenu.setDisable(items.isEmpty());
    }

    private ToolBar toolBar() {
        Button open = new Button("Open model folder…");
        open.setId("openFolder");
        open.setOnAction(e -> model.chooseAndOpenFolder());
        Button sample = new Button("Open sample model…");
        sample.setId("openSample");
        sample.setOnAction(e -> model.chooseAndOpenSample());
        open.disableProperty().bind(status.runningProperty());
        sample.disableProperty().bind(status.runningProperty());
        return new ToolBar(open, sample);
    }

    private TabPane tabs() {
        summaryGrid.setId("summary");
        summaryGrid.setHgap(16);
        summaryGrid.setVgap(6);
        summaryGrid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        summaryGrid.getColumnConstraints().setAll(labels, values);
        model.rows().addListener((ListChangeListener<SummaryRow>) c -> fillSummary());
        fillSummary();
        ScrollPane scroll = new ScrollPane(summaryGrid);
        scroll.setFitToWidth(true);
        Tab summary = new Tab("Summary", scroll);
        summary.setClosable(false);
        Tab vocabulary = new Tab("Vocabulary", new VocabularyView(model.vocabulary()).build());
        vocabulary.setId("vocabularyTab");
        vocabulary.setClosable(false);
        TabPane tabs = new TabPane(summary, vocabulary);
        tabs.setId("tabs");
        return tabs;
    }

    private void fillSummary() {
        summaryGrid.getChildren().clear();
        if (model.rows().isEmpty()) {
            Label hint = new Label("Open a model folder (File ▸ Open, or drop a folder here) or a sample model to begin.");
            hint.setWrapText(true);
            summaryGrid.add(hint, 0, 0, 2, 1);
            return;
        }
        int r = 0;
        for (SummaryRow row : model.rows()) {
            Label label = new Label(row.label());
            label.setStyle("-fx-font-weight: bold;");
            Label value = new Label(row.value());
            value.setWrapText(true);
            value.setId("summary-" + row.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            if (row.warning()) {
                label.setStyle("-fx-font-weight: bold; -fx-text-fill: #b00020;");
                value.setStyle("-fx-text-fill: #b00020; -fx-background-color: #fff4e5; -fx-padding: 2 4 2 4;");
            }
            summaryGrid.add(label, 0, r);
            summaryGrid.add(value, 1, r);
            GridPane.setValignment(label, javafx.geometry.VPos.TOP);
            r++;
        }
    }

    private HBox statusBar() {
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(status.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.progressProperty().bind(status.progressProperty());
        progress.visibleProperty().bind(status.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelJob");
        cancel.setOnAction(e -> status.cancel());
        cancel.disableProperty().bind(status.runningProperty().not());
        HBox bar = new HBox(8, message, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    /// A folder dropped anywhere on the window is opened.
    private void acceptDroppedFolders(Parent root) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(File::isDirectory)) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean done = false;
            for (File f : e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.<File>of()) {
                if (f.isDirectory()) {
                    model.open(f.toPath());
                    done = true;
                    break;
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
