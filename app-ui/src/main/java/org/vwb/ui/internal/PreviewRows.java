package org.vwb.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.vwb.core.InitPreview;

/// The Initialize preview's table state: the last preview, which matrix the table shows (the input
/// embedding, or the `lm_head` of an untied model), that matrix's rows and the summary line.
public final class PreviewRows {

    /// The matrix whose rows the preview table shows.
    public enum Matrix {
        /// The input embedding (for a tied model also the head).
        INPUT("input embedding"),
        /// The untied `lm_head`.
        HEAD("lm_head");

        private final String label;

        Matrix(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final String hint;
    private final ReadOnlyObjectWrapper<InitPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObjectProperty<Matrix> matrix = new SimpleObjectProperty<>(this, "matrix", Matrix.INPUT);
    private final ReadOnlyBooleanWrapper hasHead = new ReadOnlyBooleanWrapper(this, "hasHead");
    private final ObservableList<InitPreview.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper info;

    PreviewRows(String hint) {
        this.hint = hint;
        this.info = new ReadOnlyStringWrapper(this, "info", hint);
        matrix.addListener((o, was, now) -> refresh());
    }

    /// Shows `p`; a preview without head rows switches the table back to the input embedding.
    void show(InitPreview p) {
        preview.set(p);
        hasHead.set(p.hasHead());
        if (!p.hasHead()) {
            matrix.set(Matrix.INPUT);
        }
        refresh();
        info.set(describe(p));
    }

    /// Forgets the preview (another model was opened).
    void clear() {
        preview.set(null);
        hasHead.set(false);
        matrix.set(Matrix.INPUT);
        rows.clear();
        info.set(hint);
    }

    private void refresh() {
        InitPreview p = preview.get();
        if (p != null) {
            rows.setAll(matrix.get() == Matrix.HEAD && p.hasHead() ? p.headRows() : p.rows());
        }
    }

    /// The summary line: counts by method and origin for the input rows, and for the head rows when there are.
    static String describe(InitPreview p) {
        String input = String.format(Locale.ROOT, "%d of %d new tokens previewed — by method: %s — by origin: %s — %d by the fallback",
                p.rows().size(), p.newTokens(), Counts.text(p.byMethod()), Counts.text(p.byOrigin()), fallbacks(p.rows()));
        if (!p.hasHead()) {
            return input;
        }
        Map<String, Integer> byMethod = new TreeMap<>();
        Map<String, Integer> byOrigin = new TreeMap<>();
        p.headRows().forEach(r -> {
            byMethod.merge(r.method(), 1, Integer::sum);
            byOrigin.merge(r.origin(), 1, Integer::sum);
        });
        return input + String.format(Locale.ROOT, "; lm_head: by method: %s — by origin: %s — %d by the fallback",
                Counts.text(byMethod), Counts.text(byOrigin), fallbacks(p.headRows()));
    }

    private static long fallbacks(List<InitPreview.Row> rows) {
        return rows.stream().filter(InitPreview.Row::fallback).count();
    }

    /// The last preview, null before one ran.
    public ReadOnlyObjectProperty<InitPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /// Which matrix the table shows ([Matrix#HEAD] only means something when [#hasHeadProperty] is true).
    public ObjectProperty<Matrix> matrixProperty() {
        return matrix;
    }

    /// Whether the last preview has `lm_head` rows (an untied model).
    public ReadOnlyBooleanProperty hasHeadProperty() {
        return hasHead.getReadOnlyProperty();
    }

    /// The shown matrix's rows of the last preview.
    public ObservableList<InitPreview.Row> rows() {
        return rows;
    }

    /// The last preview's counts, or a hint.
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }
}
