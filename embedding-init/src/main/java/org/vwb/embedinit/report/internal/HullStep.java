package org.vwb.embedinit.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.vwb.common.JobContext;
import org.vwb.embedinit.Origin;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.diagnostics.ConvexHullDiagnostics;
import org.vwb.embedinit.diagnostics.HullInputException;
import org.vwb.embedinit.diagnostics.HullMethod;
import org.vwb.embedinit.diagnostics.HullOptions;
import org.vwb.embedinit.diagnostics.HullReport;
import org.vwb.embedinit.diagnostics.HullVerdict;
import org.vwb.embedinit.diagnostics.InsideCertificate;
import org.vwb.embedinit.diagnostics.RecordedMixture;
import org.vwb.embedinit.diagnostics.RowVerdict;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// The hull classification of one matrix's new rows with the provenance turned into certificates:
/// `MIXTURE` and `COPIED` rows hand their recorded weights to [ConvexHullDiagnostics] (verified, not
/// trusted); `MEAN` rows record no weights (the anchors are not in the CSV), so they are checked against
/// the mean of *all* old rows here — uniform weights, inside by construction — and tested like any row
/// when they differ from it (the anchors were a subset).
public final class HullStep {
    private HullStep() {}

    /// Classifies `queries` (new rows) against `old`; `provenance` has one entry or `null` per query row.
    public static HullReport classify(LinearAlgebra la, FloatMatrix old, double[] oldNorms, FloatMatrix queries,
                                      List<TokenInit> provenance, HullOptions options, JobContext ctx,
                                      String label, List<String> notes) throws HullInputException {
        int b = queries.rows();
        double median = Geometry.median(oldNorms);
        double tolerance = options.relativeTolerance() * median;
        RowVerdict[] out = new RowVerdict[b];
        InsideCertificate uniform = null;
        List<Integer> open = new ArrayList<>();
        int meanTested = 0;
        double[] mean = Geometry.mean(old);
        for (int k = 0; k < b; k++) {
            TokenInit t = provenance.get(k);
            if (t != null && t.origin() == Origin.MEAN) {
                double residual = distance(queries, k, mean);
                if (residual <= tolerance) {
                    if (uniform == null) {
                        uniform = uniform(old.rows());
                    }
                    InsideCertificate c = new InsideCertificate(uniform.ids(), uniform.weights(), residual);
                    out[k] = new RowVerdict(k, HullVerdict.INSIDE, HullMethod.RECORDED_MIXTURE, 0, 0, residual, 0,
                            residual / median, c, null);
                    continue;
                }
                meanTested++;
            }
            open.add(k);
        }
        ctx.progress().advance(b - open.size());
        if (meanTested > 0) {
            notes.add(label + ": " + meanTested + " rows recorded as MEAN differ from the mean of all old rows"
                    + " (their anchors were a subset, which the CSV does not record), so they were tested like"
                    + " sampled rows");
        }
        if (b - open.size() > 0) {
            notes.add(label + ": " + (b - open.size()) + " MEAN rows are the mean of all old rows (uniform"
                    + " weights): inside by construction, certified without solving");
        }
        if (!open.isEmpty()) {
            solve(la, old, queries, provenance, options, ctx, open, out, label, notes);
        }
        return new HullReport(List.of(out), median, tolerance);
    }

    private static void solve(LinearAlgebra la, FloatMatrix old, FloatMatrix queries, List<TokenInit> provenance,
                              HullOptions options, JobContext ctx, List<Integer> open, RowVerdict[] out, String label,
                              List<String> notes) throws HullInputException {
        int d = queries.cols();
        float[] q = new float[open.size() * d];
        List<RecordedMixture> mixtures = new ArrayList<>(open.size());
        int recorded = 0;
        for (int i = 0; i < open.size(); i++) {
            int k = open.get(i);
            System.arraycopy(queries.data(), k * d, q, i * d, d);
            TokenInit t = provenance.get(k);
            boolean mixture = t != null && (t.origin() == Origin.MIXTURE || t.origin() == Origin.COPIED);
            mixtures.add(mixture ? new RecordedMixture(t.sourceIds(), t.weights()) : null);
            recorded += mixture ? 1 : 0;
        }
        HullReport sub = ConvexHullDiagnostics.classify(la, old, new FloatMatrix(open.size(), d, q), mixtures, options,
                ctx);
        int failed = 0;
        for (RowVerdict v : sub.rows()) {
            int k = open.get(v.row());
            out[k] = new RowVerdict(k, v.verdict(), v.method(), v.iterations(), v.distanceLower(), v.distanceUpper(),
                    v.relativeLower(), v.relativeUpper(), v.inside(), v.outside());
            if (mixtures.get(v.row()) != null && v.method() != HullMethod.RECORDED_MIXTURE) {
                failed++;
            }
        }
        if (failed > 0) {
            notes.add(label + ": " + failed + " of " + recorded + " recorded mixtures did not verify (weights not"
                    + " convex, ids out of range, or the stored row differs from the mixture by more than the"
                    + " tolerance) and were tested by the solver instead");
        }
    }

    private static double distance(FloatMatrix q, int row, double[] mean) {
        int d = q.cols();
        double s = 0;
        for (int j = 0; j < d; j++) {
            double v = q.data()[row * d + j] - mean[j];
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private static InsideCertificate uniform(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        return new InsideCertificate(IntStream.range(0, n).toArray(), w, 0);
    }
}
