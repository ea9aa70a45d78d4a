package org.vwb.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.vwb.core.TokenSpan;
import org.vwb.core.Tokenization;
import org.vwb.vocab.TokenKind;

/// The Preview tab: a text box, and under it the text as the base and as the expanded tokenizer encode
/// it, one coloured chip per token (byte-fallback tokens grey), with counts. Binds to
/// [TokenPreviewViewModel].
final class TokenPreviewView {

    /// Chip colours, cycled so that neighbouring tokens differ.
    private static final List<String> PALETTE = List.of("#cfe8ff", "#ffe2b8", "#d6f5d0", "#f4d4f7", "#fff3a8", "#d0f0f0");

    private final TokenPreviewViewModel model;

    TokenPreviewView(TokenPreviewViewModel model) {
        this.model = model;
    }

    Node build() {
        TextArea text = new TextArea();
        text.setId("previewText");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.textProperty());
        Label hint = new Label("Type text: the base tokenizer and the expanded one (the selection measured last on the"
                + " Candidates tab, or the last merge) encode it as you type.");
        hint.setWrapText(true);
        Label error = new Label();
        error.setId("previewError");
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(model.errorProperty());
        VBox box = new VBox(8, hint, text,
                heading("Before — base tokenizer", "previewBeforeCount", model.beforeProperty(),
                        Bindings.createStringBinding(() -> name(model.baseProperty().getValue()), model.baseProperty()),
                        "none yet — open a model"),
                chips("previewBefore", model.beforeProperty()),
                heading("After — expanded tokenizer", "previewAfterCount", model.afterTokensProperty(),
                        Bindings.createStringBinding(() -> model.afterProperty().get() == null ? null
                                : model.afterNameProperty().get().isEmpty() ? name(model.afterProperty().get())
                                : model.afterNameProperty().get(), model.afterProperty(), model.afterNameProperty()),
                        "none yet — select candidates on the Candidates tab"),
                chips("previewAfter", model.afterTokensProperty()), error);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static String name(Path p) {
        return p == null ? null : p.getFileName().toString();
    }

    /// `title (what): counts`, or `title: none` while `tokenizer` is null.
    private static Label heading(String title, String id, ObservableValue<Tokenization> tokens,
                                 ObservableValue<String> tokenizer, String none) {
        Label label = new Label();
        label.setId(id);
        label.setStyle("-fx-font-weight: bold;");
        label.textProperty().bind(Bindings.createStringBinding(() -> title + (tokenizer.getValue() == null
                ? ": " + none : " (" + tokenizer.getValue() + ")")
                + (tokens.getValue() == null ? "" : ": " + TokenPreviewViewModel.counts(tokens.getValue())), tokens, tokenizer));
        return label;
    }

    private static FlowPane chips(String id, ObservableValue<Tokenization> tokens) {
        FlowPane pane = new FlowPane(4, 4);
        pane.setId(id);
        pane.setMinHeight(32);
        tokens.addListener((o, was, now) -> pane.getChildren().setAll(chipsOf(now)));
        return pane;
    }

    private static List<Node> chipsOf(Tokenization t) {
        List<Node> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        int i = 0;
        for (TokenSpan s : t.tokens()) {
            boolean bytePiece = s.kind() == TokenKind.BYTE || s.text().isEmpty();
            Label chip = new Label(bytePiece ? s.piece() : VisibleText.of(s.text()));
            chip.getStyleClass().add("token-chip");
            String colour = bytePiece ? "#e4e4e4" : PALETTE.get(i++ % PALETTE.size());
            chip.setStyle("-fx-background-color: " + colour + "; -fx-background-radius: 4; -fx-border-color: #9a9a9a;"
                    + " -fx-border-radius: 4; -fx-padding: 2 6 2 6;" + (bytePiece ? " -fx-font-size: 0.85em;" : ""));
            // A tooltip is a popup window with its own scene: made on first hover, not for every chip.
            chip.setOnMouseEntered(e -> {
                if (chip.getTooltip() == null) {
                    chip.setTooltip(new Tooltip(String.format(Locale.ROOT, "id %d · piece %s · %s", s.id(), s.piece(),
                            s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))));
                }
            });
            out.add(chip);
        }
        return out;
    }
}
