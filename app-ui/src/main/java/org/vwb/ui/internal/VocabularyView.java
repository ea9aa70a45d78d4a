package org.vwb.ui.internal;

import java.util.Locale;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.vwb.core.VocabEntry;
import org.vwb.vocab.TokenKind;

/// The Vocabulary tab: a filter bar over a table of the base vocabulary. Binds to [VocabularyViewModel].
final class VocabularyView {

    private final VocabularyViewModel model;

    VocabularyView(VocabularyViewModel model) {
        this.model = model;
    }

    Node build() {
        BorderPane pane = new BorderPane();
        pane.setTop(filterBar());
        pane.setCenter(table());
        return pane;
    }

    private HBox filterBar() {
        TextField search = new TextField();
        search.setId("vocabSearch");
        search.setPromptText("Search piece or text");
        search.textProperty().bindBidirectional(model.searchProperty());
        ComboBox<TokenKind> kind = new ComboBox<>();
        kind.setId("vocabKind");
        kind.getItems().add(null);
        kind.getItems().addAll(TokenKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(TokenKind k) {
                return k == null ? "All kinds" : k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            }

            @Override
            public TokenKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        CheckBox cjk = new CheckBox("Contains CJK");
        cjk.setId("vocabCjk");
        cjk.selectedProperty().bindBidirectional(model.cjkOnlyProperty());
        Label count = new Label();
        count.setId("vocabCount");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%,d of %,d", model.shown().size(), model.total()), model.shown()));
        HBox bar = new HBox(10, search, kind, cjk, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private TableView<VocabEntry> table() {
        TableView<VocabEntry> table = new TableView<>(model.shown());
        table.setId("vocabTable");
        // Columns share the width (the screenshot showed an empty filler column otherwise).
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No vocabulary: open a model folder with a tokenizer."));
        table.getColumns().add(column("Id", 80, e -> e.id()));
        table.getColumns().add(column("Piece", 260, VocabEntry::piece));
        table.getColumns().add(column("Text", 260, e -> VisibleText.of(e.text())));
        table.getColumns().add(column("Kind", 120, e -> e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return table;
    }

    private static <T> TableColumn<VocabEntry, T> column(String title, double width, Function<VocabEntry, T> value) {
        TableColumn<VocabEntry, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
