package org.vwb.embedinit.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.report.BarGroup;
import org.vwb.embedinit.report.BarSeries;
import org.vwb.embedinit.report.Plot;
import org.vwb.embedinit.report.Plots;

/// The reconstruction benchmark's plot, one per scored matrix: grouped bars of MRR, P@1 and P@10 per method
/// (baselines included, their names in grey), on a fixed 0–1 axis so that reports compare at a glance.
public final class ReconstructionPlots {
    /// The colours of the three measures (not the strategy palette: the groups are the methods).
    static final int MRR = 0x1F77B4;
    static final int P1 = 0xFF7F0E;
    static final int P10 = 0x2CA02C;

    private ReconstructionPlots() {}

    /// The file name of `role`'s plot.
    public static String name(MatrixRole role) {
        return "reconstruction-" + role.label() + ".png";
    }

    /// One plot per matrix the benchmark scored.
    public static List<Plot> render(ReconstructionReport r, int width, int height) {
        List<Plot> out = new ArrayList<>();
        for (MatrixRole role : r.roles()) {
            List<MethodScore> scores = r.scores(role);
            List<BarGroup> groups = scores.stream().map(s -> new BarGroup(s.method(), s.baseline())).toList();
            List<BarSeries> series = List.of(
                    new BarSeries("MRR", values(scores, MethodScore::mrr), MRR),
                    new BarSeries("P@1", values(scores, MethodScore::precisionAt1), P1),
                    new BarSeries("P@10", values(scores, MethodScore::precisionAt10), P10));
            String title = "Reconstruction of " + r.heldOut().size() + " held-out base tokens, " + role.label()
                    + " matrix";
            out.add(new Plot(name(role), title, Plots.png(Plots.bars(title,
                    "method (baselines in grey italics), in run order", "score among the held-out rows", groups,
                    series, 1.0, width, height))));
        }
        return out;
    }

    private static double[] values(List<MethodScore> scores, ToDoubleFunction<MethodScore> f) {
        return scores.stream().mapToDouble(f).toArray();
    }
}
