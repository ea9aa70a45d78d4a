package org.vwb.embedinit;

import java.util.Objects;

/// How one new row of one matrix was made: the per-token provenance that `vwb init` writes as CSV and
/// the diagnostics use for certificates.
///
/// @param id        the token's id in the target vocabulary
/// @param role      the matrix
/// @param method    the strategy that made the row (for a fallback, the fallback's name, e.g. `mean`)
/// @param origin    how it was made
/// @param sourceIds base row ids of the mixture (or the copied id); empty for a sampled row
/// @param weights   mixture weights parallel to `sourceIds` (1 for a copy); empty for a sampled row
/// @param note      a short human-readable remark (why a fallback was needed, which dictionary entry…), or ""
public record TokenInit(int id, MatrixRole role, String method, Origin origin, int[] sourceIds, double[] weights,
                        String note) {
    /// Checks the fields and copies the arrays.
    public TokenInit {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(note, "note");
        sourceIds = sourceIds.clone();
        weights = weights.clone();
        if (sourceIds.length != weights.length) {
            throw new IllegalArgumentException("token " + id + ": " + sourceIds.length + " source ids but "
                    + weights.length + " weights");
        }
        if ((origin == Origin.MIXTURE || origin == Origin.COPIED) && sourceIds.length == 0) {
            throw new IllegalArgumentException("token " + id + ": a " + origin + " row needs at least one source id");
        }
    }

    /// A copy of `baseId`'s row.
    public static TokenInit copy(int id, MatrixRole role, String method, int baseId, String note) {
        return new TokenInit(id, role, method, Origin.COPIED, new int[] {baseId}, new double[] {1.0}, note);
    }

    /// A sampled row (no sources).
    public static TokenInit sampled(int id, MatrixRole role, String method, String note) {
        return new TokenInit(id, role, method, Origin.SAMPLED, new int[0], new double[0], note);
    }

    /// A row the strategy could not place.
    public static TokenInit unplaced(int id, MatrixRole role, String method, String why) {
        return new TokenInit(id, role, method, Origin.UNPLACED, new int[0], new double[0], why);
    }

    /// The source ids (a copy).
    @Override
    public int[] sourceIds() {
        return sourceIds.clone();
    }

    /// The weights (a copy).
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /// Whether the row is inside the convex hull of the base rows by construction (a copy, the anchor mean, or a mixture
    /// whose weights are non-negative and sum to 1 within 1e-6).
    public boolean convexByConstruction() {
        if (origin == Origin.COPIED || origin == Origin.MEAN) {
            return true;
        }
        if (origin != Origin.MIXTURE) {
            return false;
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0)) {
                return false;
            }
            sum += w;
        }
        return Math.abs(sum - 1) <= 1e-6;
    }
}
