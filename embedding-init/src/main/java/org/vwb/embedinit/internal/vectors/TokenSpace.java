package org.vwb.embedinit.internal.vectors;

import java.util.Arrays;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Static vectors for a list of token ids: row `i` belongs to `ids[i]`; a token without a vector has a
/// zero row (it is never a neighbour and, as a query, is left to the fallback).
///
/// @param ids  token ids, one per row
/// @param dim  vector size
/// @param rows row-major `ids.length × dim` floats (taken over, not copied: they can be large)
public record TokenSpace(int[] ids, int dim, float[] rows) {

    /// Checks the shape.
    public TokenSpace {
        if (dim < 1 || (long) ids.length * dim != rows.length) {
            throw new IllegalArgumentException(rows.length + " floats for " + ids.length + " ids of dim " + dim);
        }
    }

    /// Number of tokens.
    public int size() {
        return ids.length;
    }

    /// Whether row `i` is a usable (non-zero, finite) vector.
    public boolean covered(int i) {
        double s = 0;
        for (int j = i * dim; j < (i + 1) * dim; j++) {
            s += (double) rows[j] * rows[j];
        }
        return s > 0 && Double.isFinite(s);
    }

    /// How many rows are usable.
    public int coveredCount() {
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            n += covered(i) ? 1 : 0;
        }
        return n;
    }

    /// Every row mapped `x ↦ x·w` (`w` is `dim × k`), one GEMM; zero rows stay zero.
    public TokenSpace times(LinearAlgebra la, FloatMatrix w) {
        if (w.rows() != dim) {
            throw new IllegalArgumentException("map has " + w.rows() + " rows for vectors of dim " + dim);
        }
        if (ids.length == 0) {
            return new TokenSpace(ids, w.cols(), new float[0]);
        }
        return new TokenSpace(ids, w.cols(), la.gemm(new FloatMatrix(ids.length, dim, rows), w, false, false).data());
    }

    /// The usable rows scaled to unit length, with the positions they came from (in increasing order).
    public Unit unit() {
        int[] keep = new int[ids.length];
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (covered(i)) {
                keep[n++] = i;
            }
        }
        keep = Arrays.copyOf(keep, n);
        float[] out = new float[n * dim];
        for (int r = 0; r < n; r++) {
            int from = keep[r] * dim;
            double s = 0;
            for (int j = 0; j < dim; j++) {
                s += (double) rows[from + j] * rows[from + j];
            }
            double inv = 1 / Math.sqrt(s);
            for (int j = 0; j < dim; j++) {
                out[r * dim + j] = (float) (rows[from + j] * inv);
            }
        }
        return new Unit(keep, dim, out);
    }

    /// Unit rows of the usable tokens.
    ///
    /// @param positions for each unit row, the row of the [TokenSpace] it came from
    /// @param dim       vector size
    /// @param rows      row-major `positions.length × dim` unit vectors
    public record Unit(int[] positions, int dim, float[] rows) {

        /// Number of unit rows.
        public int size() {
            return positions.length;
        }

        /// The rows as a matrix (shares the array); `null` when there is none.
        public FloatMatrix matrix() {
            return positions.length == 0 ? null : new FloatMatrix(positions.length, dim, rows);
        }
    }
}
