package org.vwb.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.vwb.embedinit.OptionSpec;

/// A property sheet over [OptionField]s: per option its key and type, an editor that fits the type (a
/// drop-down for choices and booleans, a text field with a file button for paths), its description and
/// its error inline. Editor ids are `prefix` + key (`opt-weighting`), error labels add `-error`.
final class OptionSheet {

    private final GridPane grid = new GridPane();
    private final String prefix;
    private final Consumer<OptionField> choosePath;

    OptionSheet(ObservableList<OptionField> fields, String prefix, Consumer<OptionField> choosePath) {
        this.prefix = prefix;
        this.choosePath = choosePath;
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(6));
        ColumnConstraints key = new ColumnConstraints();
        key.setMinWidth(150);
        ColumnConstraints editor = new ColumnConstraints(220);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(key, editor, text);
        fields.addListener((ListChangeListener<OptionField>) c -> fill(fields));
        fill(fields);
    }

    Node node() {
        return grid;
    }

    private void fill(List<OptionField> fields) {
        grid.getChildren().clear();
        if (fields.isEmpty()) {
            grid.add(new Label("This strategy has no options."), 0, 0, 3, 1);
            return;
        }
        int r = 0;
        for (OptionField f : fields) {
            Label key = new Label(f.key() + (f.spec().required() ? " *" : ""));
            key.setStyle("-fx-font-weight: bold;");
            key.setMinWidth(Label.USE_PREF_SIZE);
            Label description = new Label(f.typeName() + " — " + f.spec().description());
            description.setWrapText(true);
            Label error = new Label();
            error.setId(prefix + f.key() + "-error");
            error.setStyle("-fx-text-fill: #b00020;");
            error.textProperty().bind(f.errorProperty());
            error.visibleProperty().bind(f.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            grid.add(key, 0, r);
            grid.add(editor(f), 1, r);
            grid.add(description, 2, r);
            grid.add(error, 1, r + 1, 2, 1);
            r += 2;
        }
    }

    private Node editor(OptionField f) {
        OptionSpec spec = f.spec();
        if (spec.type() == OptionSpec.Type.CHOICE || spec.type() == OptionSpec.Type.BOOLEAN) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(spec.type() == OptionSpec.Type.BOOLEAN ? List.of("true", "false") : spec.choices());
            box.valueProperty().bindBidirectional(f.valueProperty());
            return ided(box, f);
        }
        TextField text = new TextField();
        text.textProperty().bindBidirectional(f.valueProperty());
        text.setPromptText(spec.required() ? "required" : "default");
        ided(text, f);
        if (spec.type() != OptionSpec.Type.PATH) {
            return text;
        }
        Button browse = new Button("…");
        browse.setId(prefix + f.key() + "-browse");
        browse.setOnAction(e -> choosePath.accept(f));
        browse.setMinWidth(Button.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        return new HBox(4, text, browse);
    }

    private Control ided(Control c, OptionField f) {
        c.setId(prefix + f.key());
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }
}
