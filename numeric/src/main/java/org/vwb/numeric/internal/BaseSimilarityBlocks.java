package org.vwb.numeric.internal;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.SimilarityBlocks;

/// The argument checks and the closed state every backend's [SimilarityBlocks] shares, so that all of them
/// reject the same calls the same way; subclasses only compute.
public abstract class BaseSimilarityBlocks implements SimilarityBlocks {
    private final int candidates;
    private final int dim;
    private final int maxRows;
    private volatile boolean closed;

    /// Checks the shape of a block: at least one row, and `maxRows × candidates` within a Java array.
    protected BaseSimilarityBlocks(FloatMatrix b, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("similarities: maxRows must be at least 1, found " + maxRows);
        }
        if ((long) maxRows * b.rows() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("similarities: a block of " + maxRows + " × " + b.rows()
                    + " exceeds a Java array; take fewer rows per block");
        }
        this.candidates = b.rows();
        this.dim = b.cols();
        this.maxRows = maxRows;
    }

    @Override
    public final int candidates() {
        return candidates;
    }

    @Override
    public final int dim() {
        return dim;
    }

    @Override
    public final int maxRows() {
        return maxRows;
    }

    @Override
    public final void compute(FloatMatrix queries, int first, int rows, float[] out) {
        if (closed) {
            throw new IllegalStateException("similarities against the " + candidates + " × " + dim
                    + " candidate matrix were already closed");
        }
        if (queries.cols() != dim) {
            throw new IllegalArgumentException("similarities: queries are " + queries.rows() + " × "
                    + queries.cols() + " but the candidates are " + candidates + " × " + dim);
        }
        if (rows < 1 || rows > maxRows || first < 0 || first > queries.rows() - rows) {
            throw new IllegalArgumentException("similarities: rows [" + first + ", " + ((long) first + rows)
                    + ") of a " + queries.rows() + "-row query matrix, at most " + maxRows + " per block");
        }
        if (out.length < rows * candidates) {
            throw new IllegalArgumentException("similarities: " + rows + " × " + candidates + " results need "
                    + rows * candidates + " floats, the array has " + out.length);
        }
        computeRows(queries, first, rows, out);
    }

    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            release();
        }
    }

    /// Whether [#close()] was called.
    public final boolean isClosed() {
        return closed;
    }

    /// Computes a checked block (see [SimilarityBlocks#compute]).
    protected abstract void computeRows(FloatMatrix queries, int first, int rows, float[] out);

    /// Frees the backend's buffers; called once, by the first [#close()].
    protected abstract void release();

    /// Rows `[first, first + rows)` of `m`: `m` itself when that is all of it, else a copy.
    protected static FloatMatrix rowsOf(FloatMatrix m, int first, int rows) {
        if (first == 0 && rows == m.rows()) {
            return m;
        }
        float[] out = new float[rows * m.cols()];
        System.arraycopy(m.data(), first * m.cols(), out, 0, out.length);
        return new FloatMatrix(rows, m.cols(), out);
    }
}
