package org.vwb.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.vwb.embedinit.diagnostics.HullVerdict;

/// The 2-D projection drawn on a canvas (a chart node per point would not scale to thousands): the old
/// sample grey, new rows coloured by verdict, the selected one ringed. The dots are stamped into one
/// image ([PointRaster]) off the FX thread ([DotStamper]), and the chart is redrawn once per layout pass, however many changes arrived in it. Hovering
/// shows the nearest token in a tooltip; clicking a new row's point selects it.
final class ProjectionChart extends Region {

    private static final double PAD = 28;
    /// Room above the plot for a legend of up to two lines.
    private static final double TOP = 42;
    private static final double HIT = 7;
    private static final Color OLD = Color.rgb(150, 150, 150, 0.55);

    private final Canvas canvas = new Canvas();
    private final PulseSteps later = new PulseSteps();
    private final DotStamper stamper = new DotStamper();
    /// The points drawn (and hovered, clicked): the model's, a pulse after they change.
    private ProjectionPoints shown;
    private WritableImage dots;
    /// The points [#dots] shows (a new selection reuses them).
    private ProjectionPoints dotsOf;
    /// The points and size last asked of [#stamper] (asked once, however many layouts come before it answers).
    private ProjectionPoints askedOf;
    private int askedWidth;
    private int askedHeight;
    private final Tooltip tooltip = new Tooltip();
    private final ReadOnlyStringWrapper hovered = new ReadOnlyStringWrapper(this, "hovered", "");
    private final ObservableValue<ProjectionPoints> points;
    private final ObservableValue<HullRow> selected;
    private double minX;
    private double minY;
    private double spanX = 1;
    private double spanY = 1;

    ProjectionChart(ObservableValue<ProjectionPoints> points, ObservableValue<HullRow> selected, IntConsumer onClick) {
        this.points = points;
        this.selected = selected;
        setId("projection");
        getChildren().add(canvas);
        setMinSize(200, 160);
        setPrefSize(420, 300);
        // Redrawn at a layout pass, once however many changes came before it. New points wait one pulse
        // more: the pulse a run lands in lays out the hull table's new rows ([PulseSteps]).
        shown = points.getValue();
        points.addListener((o, was, now) -> later.replace(List.of(() -> { }, () -> {
            shown = points.getValue();
            requestLayout();
        })));
        selected.addListener((o, was, now) -> requestLayout());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hovered.set("");
            tooltip.hide();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> nearest(shown.fresh(), e.getX(), e.getY())
                .ifPresent(p -> onClick.accept(p.index())));
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    /// The token under the mouse ("" when none): what the tooltip shows.
    ReadOnlyStringProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /// Where new row `index` is drawn, in screen coordinates (empty when it is not drawn).
    Optional<Point2D> screenPosition(int index) {
        bounds(shown);
        return shown.freshPoint(index).map(p -> canvas.localToScreen(px(p.x()), py(p.y())));
    }

    private void hover(MouseEvent e) {
        ProjectionPoints p = shown;
        Optional<String> text = nearest(p.fresh(), e.getX(), e.getY()).map(q -> "new: " + q.token() + "  ("
                + q.verdict().name().toLowerCase(Locale.ROOT) + ")")
                .or(() -> nearest(p.old(), e.getX(), e.getY()).map(q -> "old: " + q.token() + "  (id " + q.index() + ")"));
        hovered.set(text.orElse(""));
        if (text.isEmpty()) {
            tooltip.hide();
            return;
        }
        tooltip.setText(text.get());
        if (getScene() != null && getScene().getWindow() != null) {
            tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }

    private Optional<ProjectionPoints.Point> nearest(List<ProjectionPoints.Point> list, double x, double y) {
        ProjectionPoints.Point best = null;
        double bestD = HIT * HIT;
        for (ProjectionPoints.Point p : list) {
            double dx = px(p.x()) - x;
            double dy = py(p.y()) - y;
            double d = dx * dx + dy * dy;
            if (d <= bestD) {
                bestD = d;
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    private void bounds(ProjectionPoints p) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (List<ProjectionPoints.Point> list : List.of(p.old(), p.fresh())) {
            for (ProjectionPoints.Point q : list) {
                x0 = Math.min(x0, q.x());
                x1 = Math.max(x1, q.x());
                y0 = Math.min(y0, q.y());
                y1 = Math.max(y1, q.y());
            }
        }
        if (x0 > x1) {
            x0 = y0 = 0;
            x1 = y1 = 1;
        }
        minX = x0;
        minY = y0;
        spanX = x1 > x0 ? x1 - x0 : 1;
        spanY = y1 > y0 ? y1 - y0 : 1;
    }

    private double px(double x) {
        return PAD + (x - minX) / spanX * Math.max(1, getWidth() - 2 * PAD);
    }

    private double py(double y) {
        return getHeight() - PAD - (y - minY) / spanY * Math.max(1, getHeight() - PAD - TOP);
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight()); // covers all: the canvas forgets older commands
        ProjectionPoints p = shown;
        bounds(p);
        dots(p).ifPresent(image -> g.drawImage(image, 0, 0));
        g.setStroke(Color.rgb(200, 200, 200));
        g.strokeRect(PAD - 6, TOP - 6, getWidth() - 2 * PAD + 12, getHeight() - PAD - TOP + 12);
        HullRow s = selected.getValue();
        if (s != null) {
            p.freshPoint(s.index()).ifPresent(q -> {
                g.setStroke(Color.BLACK);
                g.setLineWidth(2);
                g.strokeOval(px(q.x()) - 7, py(q.y()) - 7, 14, 14);
                g.setLineWidth(1);
            });
        }
        legend(g, p);
    }

    /// The dots of `p` as an image of the canvas's size: the one stamped last when it is for `p` and this
    /// size; otherwise they are stamped off the FX thread ([DotStamper]) and this layout shows the last
    /// image, if it is for `p` (a resize), or none (new points), until the new one arrives.
    private Optional<WritableImage> dots(ProjectionPoints p) {
        int w = Math.max(1, (int) Math.ceil(canvas.getWidth()));
        int h = Math.max(1, (int) Math.ceil(canvas.getHeight()));
        boolean current = p == dotsOf && dots != null;
        if (current && dots.getWidth() == w && dots.getHeight() == h) {
            return Optional.of(dots);
        }
        if (p != askedOf || w != askedWidth || h != askedHeight) {
            askedOf = p;
            askedWidth = w;
            askedHeight = h;
            stamper.stamp(stamps(p, w, h), raster -> {
                dots = raster.writeTo(new WritableImage(w, h));
                dotsOf = p;
                requestLayout();
            });
        }
        return current ? Optional.of(dots) : Optional.empty();
    }

    /// The old sample's dots, then the new rows', at this layout's scale.
    private DotStamper.Dots stamps(ProjectionPoints p, int w, int h) {
        int n = p.old().size() + p.fresh().size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] r = new double[n];
        Color[] c = new Color[n];
        int i = 0;
        for (ProjectionPoints.Point q : p.old()) {
            x[i] = px(q.x());
            y[i] = py(q.y());
            r[i] = 2;
            c[i++] = OLD;
        }
        for (ProjectionPoints.Point q : p.fresh()) {
            x[i] = px(q.x());
            y[i] = py(q.y());
            r[i] = 3.5;
            c[i++] = colour(q.verdict());
        }
        return new DotStamper.Dots(w, h, x, y, r, c);
    }

    /// Whether the dots on screen are those of the points shown, at the chart's size (tests wait for it
    /// before a screenshot).
    boolean dotsShown() {
        return dots != null && dotsOf == shown && dots.getWidth() == Math.max(1, (int) Math.ceil(canvas.getWidth()))
                && dots.getHeight() == Math.max(1, (int) Math.ceil(canvas.getHeight()));
    }

    private void legend(GraphicsContext g, ProjectionPoints p) {
        g.setFont(Font.font(11));
        g.setFill(Color.rgb(60, 60, 60));
        g.fillText(String.format(Locale.ROOT, "PC1 %.0f%% · PC2 %.0f%% of the sample's variance", 100 * p.explained()[0],
                100 * p.explained()[1]), PAD - 6, getHeight() - 8);
        double[] at = {PAD - 6, 16};
        key(g, at, OLD, String.format(Locale.ROOT, "old sample %d", p.old().size() + p.oldOmitted()));
        for (HullVerdict v : HullVerdict.values()) {
            long n = p.fresh().stream().filter(q -> q.verdict() == v).count();
            key(g, at, colour(v), v.name().toLowerCase(Locale.ROOT) + " " + n);
        }
        if (p.newOmitted() > 0 || p.oldOmitted() > 0) {
            key(g, at, Color.TRANSPARENT, String.format(Locale.ROOT, "(drawn: %d of %d new, %d of %d old)", p.fresh().size(),
                    p.fresh().size() + p.newOmitted(), p.old().size(), p.old().size() + p.oldOmitted()));
        }
    }

    /// Draws one legend entry at `at` (x, baseline), moving to the next line when it would not fit.
    private void key(GraphicsContext g, double[] at, Color colour, String text) {
        Text measure = new Text(text);
        measure.setFont(g.getFont());
        double w = 11 + measure.getLayoutBounds().getWidth();
        if (at[0] > PAD && at[0] + w > getWidth() - 4) {
            at[0] = PAD - 6;
            at[1] += 14;
        }
        g.setFill(colour);
        g.fillOval(at[0], at[1] - 8, 8, 8);
        g.setFill(Color.rgb(60, 60, 60));
        g.fillText(text, at[0] + 11, at[1]);
        at[0] += w + 12;
    }

    static Color colour(HullVerdict v) {
        return switch (v) {
            case INSIDE -> Color.rgb(30, 136, 229);
            case OUTSIDE -> Color.rgb(216, 27, 96);
            case UNDECIDED -> Color.rgb(255, 160, 0);
        };
    }
}
