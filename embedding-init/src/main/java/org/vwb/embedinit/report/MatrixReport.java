package org.vwb.embedinit.report;

import java.util.List;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.diagnostics.Dominance;
import org.vwb.embedinit.diagnostics.HullReport;

/// Everything measured on one matrix (input embedding or untied head). Arrays are shared, not copied.
///
/// @param role          which matrix
/// @param oldRows       rows of the base matrix
/// @param dim           row width
/// @param oldNorms      Euclidean norm of every old row
/// @param newNorms      Euclidean norm of every new row
/// @param oldCosToMean  cosine of every old row to the old rows' mean
/// @param newCosToMean  cosine of every new row to the old rows' mean
/// @param neighbours    nearest old rows of every new row
/// @param hull          convex-hull verdicts of the new rows against the old rows
/// @param dominance     the "can it dominate" view of the new rows, or `null` when this matrix is not a head
/// @param projection    the 2-D PCA projection
/// @param provenance    per new row, the recorded provenance for this matrix, or `null`
public record MatrixReport(MatrixRole role, int oldRows, int dim, double[] oldNorms, double[] newNorms,
                           double[] oldCosToMean, double[] newCosToMean, List<Neighbours> neighbours,
                           HullReport hull, Dominance dominance, Projection projection, List<TokenInit> provenance) {

    /// Copies the lists (which may hold `null` provenance entries).
    public MatrixReport {
        neighbours = List.copyOf(neighbours);
        provenance = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(provenance));
    }

    /// The strategy of new row `k`: its provenance method, or `unknown`.
    public String method(int k) {
        TokenInit t = provenance.get(k);
        return t == null ? "unknown" : t.method();
    }

    /// The origin name of new row `k`, or `NONE` without provenance.
    public String origin(int k) {
        TokenInit t = provenance.get(k);
        return t == null ? "NONE" : t.origin().name();
    }
}
