package org.vwb.ui.internal;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;

import org.vwb.embedinit.report.Plot;

/// The Diagnostics tab's strip of the core's histograms for the chosen matrix, scaled to the strip's
/// height; a click shows one at its own size. Binds to [DiagnosticsViewModel#plots()].
final class PlotStrip {

    private final DiagnosticsViewModel model;
    private final HBox plotBox = new HBox(8);
    private final PulseSteps plotSteps = new PulseSteps();

    PlotStrip(DiagnosticsViewModel model) {
        this.model = model;
    }

    /// The strip, filled from the model's plots and refilled when they change.
    ScrollPane build() {
        plotBox.setId("diagPlots");
        plotBox.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(plotBox);
        scroll.setFitToHeight(true);
        model.plots().addListener((ListChangeListener<Plot>) c -> fillPlots(scroll));
        scroll.viewportBoundsProperty().addListener((o, was, now) -> plotBox.getChildren().forEach(n -> {
            if (n instanceof ImageView v) {
                v.setFitHeight(Math.max(80, now.getHeight() - 10));
            }
        }));
        fillPlots(scroll);
        return scroll;
    }

    /// Shows the plots one per pulse, starting two pulses after the change: those lay out the hull table
    /// and draw the projection, and each plot's first frame (its texture, scaled) is work of its own
    /// ([PulseSteps]).
    private void fillPlots(ScrollPane scroll) {
        if (model.plots().isEmpty()) {
            plotSteps.replace(List.of());
            Label hint = new Label("The core's histograms (norms, cosine to the mean, hull distance) appear here.");
            hint.setWrapText(true); // the strip may be narrower than the sentence
            hint.maxWidthProperty().bind(scroll.widthProperty().subtract(24));
            plotBox.getChildren().setAll(hint);
            return;
        }
        plotBox.getChildren().clear();
        List<Runnable> steps = new ArrayList<>();
        // The first pulse lays out the rows, the second draws the projection ([ProjectionChart]).
        steps.add(() -> { });
        steps.add(() -> { });
        for (Plot p : List.copyOf(model.plots())) {
            steps.add(() -> plotBox.getChildren().add(plotView(scroll, p)));
        }
        plotSteps.replace(steps);
    }

    private ImageView plotView(ScrollPane scroll, Plot p) {
        ImageView v = new ImageView(model.image(p));
        v.setId("plot-" + p.name().replace(".png", ""));
        v.setPreserveRatio(true);
        v.setSmooth(true);
        v.setFitHeight(Math.max(80, scroll.getViewportBounds().getHeight() - 10));
        javafx.scene.control.Tooltip.install(v, new javafx.scene.control.Tooltip(p.title() + " — click to enlarge"));
        v.setOnMouseClicked(e -> enlarge(v, p));
        return v;
    }

    /// Shows `plot` at its own size in a window of its own (the strip shows it small).
    private void enlarge(Node owner, Plot plot) {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(owner.getScene().getWindow());
        stage.setTitle(plot.title());
        stage.setScene(new javafx.scene.Scene(new ScrollPane(new ImageView(model.fullImage(plot)))));
        stage.show();
    }
}
