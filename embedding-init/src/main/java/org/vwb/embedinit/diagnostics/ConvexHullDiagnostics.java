package org.vwb.embedinit.diagnostics;

import java.util.List;
import org.vwb.common.JobContext;
import org.vwb.embedinit.diagnostics.HullInputException.Reason;
import org.vwb.embedinit.diagnostics.internal.DominanceSampler;
import org.vwb.embedinit.diagnostics.internal.HullClassifier;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Convex-hull membership of new rows against base rows, with certificates (issue 6, METHODS.md §6).
///
/// Pipeline, cheapest first: a recorded mixture is verified and proves "inside" without solving; the
/// other rows are centred and whitened once (membership is invariant under affine maps), screened along
/// the base's principal axes and along `q − μ` (screens can only prove "outside"), and the rest go to
/// accelerated projected gradient on the simplex, batched so each iteration is two GEMMs. Every
/// certificate is re-checked in the original space in `double`: convex weights by reconstruction,
/// separating directions by an exact maximum over the base.
public final class ConvexHullDiagnostics {
    private ConvexHullDiagnostics() {}

    /// Classifies each row of `queries` against the rows of `base`.
    ///
    /// @param la        the numeric backend (GEMMs, covariance eigen-decomposition)
    /// @param base      the old rows, `N × d`, N ≥ 2
    /// @param queries   the new rows, `B × d`
    /// @param mixtures  `null`, or one entry per query row: its recorded mixture or `null`
    /// @param options   tolerances and budgets
    /// @throws HullInputException if the widths differ, the mixture list has the wrong length, the base has
    ///     fewer than two rows, or an entry is not finite
    public static HullReport classify(LinearAlgebra la, FloatMatrix base, FloatMatrix queries,
                                      List<RecordedMixture> mixtures, HullOptions options) throws HullInputException {
        return classify(la, base, queries, mixtures, options, JobContext.silent());
    }

    /// As [#classify(LinearAlgebra, FloatMatrix, FloatMatrix, List, HullOptions)], reporting one progress
    /// unit per query row decided and checking `context`'s cancellation between solver batches.
    ///
    /// @throws org.vwb.common.JobCancelledException when cancellation was requested
    public static HullReport classify(LinearAlgebra la, FloatMatrix base, FloatMatrix queries,
                                      List<RecordedMixture> mixtures, HullOptions options, JobContext context)
            throws HullInputException {
        validate(base, queries);
        if (mixtures != null && mixtures.size() != queries.rows()) {
            throw new HullInputException(Reason.DIMENSION_MISMATCH, "recorded mixtures: expected one entry per query"
                    + " row (" + queries.rows() + "), found " + mixtures.size());
        }
        return new HullClassifier(la, base, options, context).classify(queries, mixtures);
    }

    /// The "can it dominate" view for `lm_head` rows (see [Dominance]).
    ///
    /// @throws HullInputException as for [#classify], or if `directions < 1`
    public static Dominance dominance(LinearAlgebra la, FloatMatrix base, FloatMatrix queries, int directions,
                                      long seed) throws HullInputException {
        validate(base, queries);
        if (directions < 1) {
            throw new HullInputException(Reason.DIMENSION_MISMATCH, "directions: expected at least 1, found "
                    + directions);
        }
        return DominanceSampler.sample(la, base, queries, directions, seed);
    }

    private static void validate(FloatMatrix base, FloatMatrix queries) throws HullInputException {
        if (base.cols() != queries.cols()) {
            throw new HullInputException(Reason.DIMENSION_MISMATCH, "query rows have width " + queries.cols()
                    + " but base rows have width " + base.cols() + ": both must be embedding rows of the same model");
        }
        if (base.rows() < 2) {
            throw new HullInputException(Reason.TOO_FEW_BASE_ROWS, "base: expected at least 2 rows, found "
                    + base.rows());
        }
        finite("base", base);
        finite("queries", queries);
    }

    private static void finite(String name, FloatMatrix m) throws HullInputException {
        float[] a = m.data();
        for (int i = 0; i < a.length; i++) {
            if (!Float.isFinite(a[i])) {
                throw new HullInputException(Reason.NON_FINITE, name + ": entry (" + i / m.cols() + ", "
                        + i % m.cols() + ") is " + a[i] + ", expected a finite number");
            }
        }
    }
}
