package org.vwb.embedinit.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vwb.common.JobContext;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.diagnostics.ConvexHullDiagnostics;
import org.vwb.embedinit.diagnostics.Dominance;
import org.vwb.embedinit.diagnostics.HullInputException;
import org.vwb.embedinit.diagnostics.HullReport;
import org.vwb.embedinit.report.DiagnosticsOptions;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.embedinit.report.Neighbours;
import org.vwb.embedinit.report.NewRow;
import org.vwb.embedinit.report.Projection;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Measures one matrix: norms, cosine to the old mean, neighbours, hull verdicts, dominance (for a
/// head), and the 2-D projection, reporting each stage to the job's progress.
public final class MatrixAnalysis {
    private MatrixAnalysis() {}

    /// The report of `role`'s new rows.
    ///
    /// @param dominance whether this matrix acts as the output head
    public static MatrixReport analyse(LinearAlgebra la, MatrixRole role, FloatMatrix old, FloatMatrix fresh,
                                       List<NewRow> rows, List<TokenInit> allProvenance, boolean dominance,
                                       DiagnosticsOptions options, JobContext ctx, List<String> notes)
            throws HullInputException {
        String label = role.label();
        ctx.progress().begin(label + ": norms and cosine to the mean", -1);
        double[] oldNorms = Geometry.norms(old);
        double[] newNorms = Geometry.norms(fresh);
        double[] mean = Geometry.mean(old);
        double[] oldCos = Geometry.cosines(old, mean, oldNorms);
        double[] newCos = Geometry.cosines(fresh, mean, newNorms);
        ctx.cancellation().check();
        ctx.progress().begin(label + ": nearest old tokens", fresh.rows());
        List<Neighbours> neighbours = NearestRows.find(la, old, oldNorms, fresh, newNorms, options.neighbours(), ctx);
        List<TokenInit> provenance = provenanceOf(role, rows, allProvenance);
        ctx.progress().begin(label + ": convex hull", fresh.rows());
        HullReport hull = HullStep.classify(la, old, oldNorms, fresh, provenance, options.hull(), ctx, label, notes);
        Dominance dom = null;
        if (dominance) {
            ctx.cancellation().check();
            ctx.progress().begin(label + ": can it dominate (" + options.directions() + " directions)", -1);
            dom = ConvexHullDiagnostics.dominance(la, old, fresh, options.directions(), options.seed());
        }
        ctx.cancellation().check();
        ctx.progress().begin(label + ": 2-D projection", -1);
        Projection projection = Pca.project(la, old, fresh, options.sample(), options.seed());
        return new MatrixReport(role, old.rows(), old.cols(), oldNorms, newNorms, oldCos, newCos, neighbours, hull,
                dom, projection, provenance);
    }

    /// Per new row, its provenance entry for `role`, or `null`.
    static List<TokenInit> provenanceOf(MatrixRole role, List<NewRow> rows, List<TokenInit> all) {
        Map<Integer, TokenInit> byId = new HashMap<>();
        for (TokenInit t : all) {
            if (t.role() == role) {
                byId.put(t.id(), t);
            }
        }
        List<TokenInit> out = new ArrayList<>(rows.size());
        for (NewRow r : rows) {
            out.add(byId.get(r.id()));
        }
        return out;
    }
}
