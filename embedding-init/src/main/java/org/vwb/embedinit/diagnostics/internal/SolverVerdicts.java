package org.vwb.embedinit.diagnostics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.vwb.embedinit.diagnostics.HullMethod;
import org.vwb.embedinit.diagnostics.HullVerdict;
import org.vwb.embedinit.diagnostics.InsideCertificate;
import org.vwb.embedinit.diagnostics.OutsideCertificate;
import org.vwb.embedinit.diagnostics.RowVerdict;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Turns solver states into verdicts whose certificates are re-checked in the original space: convex
/// weights by a `double` reconstruction, separating directions (mapped back by `W`) by one GEMM against
/// the original base with an exact maximum ([Separation]).
record SolverVerdicts(LinearAlgebra la, FloatMatrix base, double maxNorm, double median, Whitening whitening,
                      double[] baseMean) {

    void collect(List<FistaRow> rows, int[] queryRows, FloatMatrix queries, double tolerance, RowVerdict[] out) {
        int d = base.cols();
        List<FistaRow> separating = new ArrayList<>();
        for (FistaRow r : rows) {
            if (r.status != FistaRow.Status.INSIDE && r.bestMargin > 0) {
                separating.add(r);
            }
        }
        OutsideCertificate[] certs = new OutsideCertificate[rows.size()];
        if (!separating.isEmpty()) {
            float[] dirs = new float[separating.size() * d];
            for (int k = 0; k < separating.size(); k++) {
                System.arraycopy(separating.get(k).bestDirection, 0, dirs, k * d, d);
            }
            FloatMatrix original = whitening.toOriginalDirections(la, new FloatMatrix(separating.size(), d, dirs));
            double[] maxima = Separation.exactMaxima(la, base, maxNorm, original);
            int[] qi = separating.stream().mapToInt(r -> queryRows[r.query]).toArray();
            FloatMatrix q = Rows.select(queries, qi);
            for (int k = 0; k < separating.size(); k++) {
                certs[separating.get(k).query] = Separation.certificate(original, k, q, k, maxima[k]);
            }
        }
        InsideCertificate[] inside = insideCertificates(rows, queryRows, queries);
        for (int k = 0; k < rows.size(); k++) {
            FistaRow r = rows.get(k);
            out[queryRows[r.query]] = verdict(r, queryRows[r.query], tolerance, certs[k], inside[k]);
        }
    }

    /// Convex-weight certificates of the rows the solver found inside, re-verified together.
    private InsideCertificate[] insideCertificates(List<FistaRow> rows, int[] queryRows, FloatMatrix queries) {
        int[] which = IntStream.range(0, rows.size()).filter(k -> rows.get(k).status == FistaRow.Status.INSIDE).toArray();
        float[][] lambdas = new float[which.length][];
        int[] offsets = new int[which.length];
        for (int i = 0; i < which.length; i++) {
            FistaRow r = rows.get(which[i]);
            lambdas[i] = r.bestLambda;
            offsets[i] = queryRows[r.query] * queries.cols();
        }
        InsideCertificate[] found = BatchReconstruction.of(base, lambdas, queries.data(), offsets, baseMean);
        InsideCertificate[] out = new InsideCertificate[rows.size()];
        for (int i = 0; i < which.length; i++) {
            out[which[i]] = found[i];
        }
        return out;
    }

    private RowVerdict verdict(FistaRow r, int row, double tolerance, OutsideCertificate cert, InsideCertificate c) {
        if (c != null) {
            if (c.residual() <= tolerance) {
                return new RowVerdict(row, HullVerdict.INSIDE, HullMethod.SOLVER, r.iterations, 0, c.residual(), 0,
                        c.residual() / median, c, null);
            }
        }
        double upper = r.bestResidual;
        if (cert != null) {
            return new RowVerdict(row, HullVerdict.OUTSIDE, HullMethod.SOLVER, r.iterations, cert.margin(), upper,
                    cert.margin() / median, upper / median, null, cert);
        }
        return new RowVerdict(row, HullVerdict.UNDECIDED, HullMethod.SOLVER, r.iterations, 0, upper, 0,
                upper / median, null, null);
    }
}
