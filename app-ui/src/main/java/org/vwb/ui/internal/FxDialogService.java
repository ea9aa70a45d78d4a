package org.vwb.ui.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
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
