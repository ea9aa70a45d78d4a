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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// The main window's content: menu and toolbar, the Summary, Vocabulary, Candidates, Preview, Initialize, Diagnostics and Export tabs, and
/// a status bar with the running job's progress and a Cancel button. Binds to [MainViewModel] and
/// [JobStatus]; holds no state.
public final class MainView {

    private final MainViewModel model;
    private final JobStatus status;
    private final Menu recentMenu = new Menu("Open _recent");
    private final SummaryGrid summaryGrid = new SummaryGrid("summary", "summary-");

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
        MenuItem recipe = new MenuItem("_Load recipe…");
        recipe.setOnAction(e -> model.chooseAndLoadRecipe());
        return new MenuBar(new Menu("_File", null, open, sample, recentMenu, recipe));
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
        model.rows().addListener((ListChangeListener<SummaryRow>) c -> fillSummary());
        fillSummary();
        ScrollPane scroll = new ScrollPane(summaryGrid.node());
        scroll.setFitToWidth(true);
        Tab summary = tab("Summary", "summaryTab", scroll);
        Tab vocabulary = tab("Vocabulary", "vocabularyTab", new VocabularyView(model.vocabulary()).build());
        Tab candidates = tab("Candidates", "candidatesTab", new CandidatesView(model.candidates(), status.runningProperty()).build());
        Tab preview = tab("Preview", "previewTab", new TokenPreviewView(model.preview()).build());
        Tab initialize = tab("Initialize", "initializeTab",
                new InitializeView(model.initialize(), status.runningProperty()).build());
        Tab diagnostics = tab("Diagnostics", "diagnosticsTab",
                new DiagnosticsView(model.diagnostics(), model.compare(), status.runningProperty()).build());
        Tab export = tab("Export", "exportTab",
                new ExportView(model.export(), model::chooseAndLoadRecipe, status.runningProperty()).build());
        TabPane tabs = new TabPane(summary, vocabulary, candidates, preview, initialize, diagnostics, export);
        tabs.setId("tabs");
        return tabs;
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private void fillSummary() {
        if (model.rows().isEmpty()) {
            summaryGrid.hint("Open a model folder (File ▸ Open, or drop a folder here) or a sample model to begin.");
        } else {
            summaryGrid.fill(model.rows());
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
