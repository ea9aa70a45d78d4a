package org.vwb.ui.internal;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.vwb.core.SampleEntry;
import org.vwb.ui.DialogService;

/// The real dialogs, owned by the main window.
public final class FxDialogService implements DialogService {

    private final Window owner;

    /// Dialogs owned by `owner`.
    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFolder(Optional<Path> initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open model folder");
        initial.map(p -> Files.isDirectory(p) ? p : p.getParent()).filter(Files::isDirectory)
                .ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<SampleEntry> chooseSample(List<SampleEntry> samples) {
        if (samples.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = samples.stream().map(e -> e.name() + " — " + e.description()).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.getFirst(), names);
        dialog.initOwner(owner);
        dialog.setTitle("Open sample model");
        dialog.setHeaderText("A sample model is written into a temporary folder; no download is needed.");
        dialog.setContentText("Sample:");
        return dialog.showAndWait().map(choice -> samples.get(names.indexOf(choice)));
    }

    @Override
    public List<Path> chooseCorpusFiles(Optional<Path> initial) {
        FileChooser chooser = fileChooser("Add corpus files (UTF-8 text)", initial,
                new FileChooser.ExtensionFilter("Text files", "*.txt"), new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseCandidatesFile(Optional<Path> initial) {
        FileChooser chooser = fileChooser("Import candidates CSV", initial,
                new FileChooser.ExtensionFilter("Candidates CSV", "*.csv"), new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseTokenizer(Optional<Path> initial) {
        FileChooser chooser = fileChooser("Import the pieces of a tokenizer", initial,
                new FileChooser.ExtensionFilter("Tokenizers (tokenizer.json, tokenizer.model)", "*.json", "*.model"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewFolder(String title, Optional<Path> initial) {
        // A save dialog, not a folder chooser: the folder must not exist yet (outputs are written atomically).
        FileChooser chooser = fileChooser(title, initial);
        chooser.setInitialFileName("expanded-tokenizer");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFile(String title, Optional<Path> initial) {
        FileChooser chooser = fileChooser(title, initial, new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseRecipe(boolean save, Optional<Path> initial) {
        FileChooser chooser = fileChooser(save ? "Save recipe" : "Load recipe", initial,
                new FileChooser.ExtensionFilter("Recipes (vwb.recipe/1)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (save) {
            chooser.setInitialFileName("recipe.json");
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    private static FileChooser fileChooser(String title, Optional<Path> initial, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        initial.map(p -> Files.isDirectory(p) ? p : p.getParent()).filter(p -> p != null && Files.isDirectory(p))
                .ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        return chooser;
    }

    @Override
    public boolean confirm(String headline, String details, String yesLabel) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Keep working", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, details, yes, no);
        alert.initOwner(owner);
        alert.setTitle("Vocab Workbench");
        alert.setHeaderText(headline);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void showError(String headline, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Vocab Workbench");
        alert.setHeaderText(headline);
        alert.setContentText(String.valueOf(error.getMessage()));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(16);
        // The stack trace stays folded under "Show Details" until the user asks for it.
        alert.getDialogPane().setExpandableContent(details);
        alert.showAndWait();
    }
}
