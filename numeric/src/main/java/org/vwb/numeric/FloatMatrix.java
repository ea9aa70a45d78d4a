package org.vwb.numeric;

import java.util.Arrays;
import java.util.Objects;

/// A dense `float` matrix stored row-major: element (i, j) is `data[i * cols + j]`.
///
/// Ownership: the constructor does **not** copy; the record shares `data` with the caller, because the
/// matrices this project multiplies are hundreds of megabytes (a 20,000 × 32,000 similarity is 2.56 GB)
/// and a defensive copy would double the peak heap. Callers hand an array over and must not change it
/// afterwards; [#copy()] gives an independent matrix when one is needed. [#get] and [#data()] read it.
///
/// @param rows number of rows, at least 1
/// @param cols number of columns, at least 1
/// @param data the elements, row-major, of length exactly `rows * cols`
public record FloatMatrix(int rows, int cols, float[] data) {

    /// Validates the shape against the array.
    ///
    /// @throws IllegalArgumentException if a dimension is below 1, if `rows * cols` exceeds the largest
    ///     Java array, or if `data.length` differs from `rows * cols`
    public FloatMatrix {
        Objects.requireNonNull(data, "data");
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("matrix shape must be at least 1 × 1, found " + rows + " × " + cols);
        }
        long size = (long) rows * cols;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "matrix " + rows + " × " + cols + " has " + size + " elements, more than a Java array holds");
        }
        if (data.length != size) {
            throw new IllegalArgumentException("matrix " + rows + " × " + cols + " needs " + size
                    + " elements, the array has " + data.length);
        }
    }

    /// A new zero-filled matrix.
    public static FloatMatrix zeros(int rows, int cols) {
        checkedSize(rows, cols);
        return new FloatMatrix(rows, cols, new float[rows * cols]);
    }

    /// The `n × n` identity.
    public static FloatMatrix identity(int n) {
        FloatMatrix m = zeros(n, n);
        for (int i = 0; i < n; i++) {
            m.data[i * n + i] = 1f;
        }
        return m;
    }

    /// Element (i, j), zero-based.
    public float get(int i, int j) {
        Objects.checkIndex(i, rows);
        Objects.checkIndex(j, cols);
        return data[i * cols + j];
    }

    /// An independent copy.
    public FloatMatrix copy() {
        return new FloatMatrix(rows, cols, data.clone());
    }

    /// The transpose, as a new matrix.
    public FloatMatrix transpose() {
        float[] t = new float[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = data[i * cols + j];
            }
        }
        return new FloatMatrix(cols, rows, t);
    }

    /// The largest absolute element-wise difference to `other`.
    ///
    /// @throws IllegalArgumentException if the shapes differ
    public double maxAbsDiff(FloatMatrix other) {
        if (other.rows != rows || other.cols != cols) {
            throw new IllegalArgumentException("shapes differ: " + rows + " × " + cols + " vs "
                    + other.rows + " × " + other.cols);
        }
        double max = 0;
        for (int i = 0; i < data.length; i++) {
            double d = Math.abs((double) data[i] - other.data[i]);
            if (!(d <= max)) { // also propagates NaN
                max = d;
            }
        }
        return max;
    }

    static int checkedSize(int rows, int cols) {
        if (rows < 1 || cols < 1 || (long) rows * cols > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("invalid matrix shape " + rows + " × " + cols);
        }
        return rows * cols;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FloatMatrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "FloatMatrix[" + rows + " × " + cols + "]";
    }
}
