package org.vwb.ui.internal;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/// Labelled lines in two columns, warnings highlighted: the Summary pane and the merge report. Each value
/// label gets the id `prefix` + the label in lower case with dashes (`summary-config`).
final class SummaryGrid {

    private final GridPane grid = new GridPane();
    private final String prefix;

    SummaryGrid(String id, String prefix) {
        this.prefix = prefix;
        grid.setId(id);
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, values);
    }

    GridPane node() {
        return grid;
    }

    /// Shows `hint` across both columns.
    void hint(String hint) {
        grid.getChildren().clear();
        Label label = new Label(hint);
        label.setWrapText(true);
        grid.add(label, 0, 0, 2, 1);
    }

    /// Shows `rows`, one per line.
    void fill(List<SummaryRow> rows) {
        grid.getChildren().clear();
        int r = 0;
        for (SummaryRow row : rows) {
            Label label = new Label(row.label());
            label.setStyle("-fx-font-weight: bold;");
            label.setMinWidth(Label.USE_PREF_SIZE);
            Label value = new Label(row.value());
            value.setWrapText(true);
            value.setId(prefix + row.label().toLowerCase(Locale.ROOT).replace(' ', '-').replace('.', '-'));
            if (row.warning()) {
                label.setStyle("-fx-font-weight: bold; -fx-text-fill: #b00020;");
                value.setStyle("-fx-text-fill: #b00020; -fx-background-color: #fff4e5; -fx-padding: 2 4 2 4;");
            }
            grid.add(label, 0, r);
            grid.add(value, 1, r);
            GridPane.setValignment(label, VPos.TOP);
            r++;
        }
    }
}
