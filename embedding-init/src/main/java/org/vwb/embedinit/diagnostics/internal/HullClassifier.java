package org.vwb.embedinit.diagnostics.internal;

import java.util.ArrayList;
import java.util.List;
import org.vwb.common.JobContext;
import org.vwb.embedinit.diagnostics.HullMethod;
import org.vwb.embedinit.diagnostics.HullOptions;
import org.vwb.embedinit.diagnostics.HullReport;
import org.vwb.embedinit.diagnostics.HullVerdict;
import org.vwb.embedinit.diagnostics.InsideCertificate;
import org.vwb.embedinit.diagnostics.OutsideCertificate;
import org.vwb.embedinit.diagnostics.RecordedMixture;
import org.vwb.embedinit.diagnostics.RowVerdict;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// The pipeline of METHODS.md §6.3, cheapest first: recorded mixtures, then (after centring and
/// whitening once) the principal-axis and centroid screens, then batched FISTA for what is left; solver
/// outside-candidates are re-verified exactly in the original space.
public final class HullClassifier {
    private final LinearAlgebra la;
    private final FloatMatrix base;
    private final HullOptions options;
    private final double median;
    private final double maxNorm;
    private final double tolerance;
    private final JobContext context;

    /// @param base    validated base rows (N × d)
    /// @param context progress (one unit per decided row) and cancellation (checked between batches)
    public HullClassifier(LinearAlgebra la, FloatMatrix base, HullOptions options, JobContext context) {
        this.la = la;
        this.context = context;
        this.base = base;
        this.options = options;
        double[] norms = Rows.norms(base);
        this.median = Rows.median(norms);
        double max = 0;
        for (double v : norms) {
            max = Math.max(max, v);
        }
        this.maxNorm = max;
        this.tolerance = options.relativeTolerance() * median;
    }

    /// Classifies validated query rows; `mixtures` is `null` or has one (possibly `null`) entry per row.
    public HullReport classify(FloatMatrix queries, List<RecordedMixture> mixtures) {
        int b = queries.rows();
        RowVerdict[] out = new RowVerdict[b];
        List<Integer> open = new ArrayList<>();
        for (int q = 0; q < b; q++) {
            RecordedMixture m = mixtures == null ? null : mixtures.get(q);
            InsideCertificate c = m == null ? null
                    : Mixtures.verify(base, m, queries, q, options.mixtureSumTolerance(), tolerance);
            if (c != null) {
                out[q] = inside(q, HullMethod.RECORDED_MIXTURE, 0, c);
            } else {
                open.add(q);
            }
        }
        context.progress().advance(b - open.size());
        if (!open.isEmpty()) {
            context.cancellation().check();
            solveOpen(queries, open, out);
        }
        return new HullReport(List.of(out), median, tolerance);
    }

    private void solveOpen(FloatMatrix queries, List<Integer> open, RowVerdict[] out) {
        Whitening wh = Whitening.of(la, base, options.eigenFloor());
        int[] idx = open.stream().mapToInt(Integer::intValue).toArray();
        FloatMatrix q = Rows.select(queries, idx);
        OutsideCertificate[] axis = Screens.axes(la, base, maxNorm, wh.axes(), options.screenAxes(), q);
        List<Integer> left = new ArrayList<>();
        for (int k = 0; k < idx.length; k++) {
            if (axis[k] != null) {
                out[idx[k]] = screened(queries, idx[k], wh.mean(), axis[k]);
            } else {
                left.add(k);
            }
        }
        context.progress().advance(idx.length - left.size());
        if (left.isEmpty()) {
            return;
        }
        int[] li = left.stream().mapToInt(Integer::intValue).toArray();
        FloatMatrix q2 = Rows.select(q, li);
        OutsideCertificate[] cen = Screens.centroid(la, base, maxNorm, wh.mean(), q2);
        List<Integer> rest = new ArrayList<>();
        for (int k = 0; k < li.length; k++) {
            int row = idx[li[k]];
            if (cen[k] != null) {
                out[row] = screened(queries, row, wh.mean(), cen[k]);
            } else {
                rest.add(row);
            }
        }
        context.progress().advance(li.length - rest.size());
        double[] baseMean = Reconstruction.mean(base);
        BatchedFista fista = new BatchedFista(la, wh.base(), wh.scales(), tolerance, 1e-3 * tolerance);
        for (int from = 0; from < rest.size(); from += options.batchSize()) {
            context.cancellation().check();
            int[] batch = rest.subList(from, Math.min(rest.size(), from + options.batchSize()))
                    .stream().mapToInt(Integer::intValue).toArray();
            new SolverVerdicts(la, base, maxNorm, median, wh, baseMean).collect(
                    fista.solve(wh.apply(la, Rows.select(queries, batch)), options.maxIterations()),
                    batch, queries, tolerance, out);
            context.progress().advance(batch.length);
        }
    }

    private RowVerdict inside(int row, HullMethod method, int iterations, InsideCertificate c) {
        return new RowVerdict(row, HullVerdict.INSIDE, method, iterations, 0, c.residual(), 0, c.residual() / median,
                c, null);
    }

    private RowVerdict screened(FloatMatrix queries, int row, float[] mean, OutsideCertificate c) {
        // the centroid is in the hull (uniform weights), so ‖q − μ‖ bounds the distance from above
        double upper = 0;
        int d = queries.cols();
        for (int j = 0; j < d; j++) {
            double v = queries.data()[row * d + j] - mean[j];
            upper += v * v;
        }
        upper = Math.sqrt(upper);
        return new RowVerdict(row, HullVerdict.OUTSIDE, HullMethod.SCREEN, 0, c.margin(), upper,
                c.margin() / median, upper / median, null, c);
    }
}
