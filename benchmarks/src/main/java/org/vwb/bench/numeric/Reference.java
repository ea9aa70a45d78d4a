package org.vwb.bench.numeric;

import org.vwb.numeric.FloatMatrix;

/// `double`-accumulated rows of `A · op(B)` for a sample of rows, to check each backend's result.
final class Reference {
    /// Copies rows `[from, to)` of a backend's result.
    interface RowSource {
        float[] rows(int from, int to);
    }

    private final int[] sampleRows;
    private final double[][] expected;

    private Reference(int[] sampleRows, double[][] expected) {
        this.sampleRows = sampleRows;
        this.expected = expected;
    }

    static Reference of(FloatMatrix a, FloatMatrix b, boolean transB, int samples) {
        int m = a.rows();
        int k = a.cols();
        int n = transB ? b.rows() : b.cols();
        int count = Math.min(samples, m);
        int[] rows = new int[count];
        double[][] expected = new double[count][n];
        for (int s = 0; s < count; s++) {
            int i = (int) ((long) s * (m - 1) / Math.max(1, count - 1)); // spread, first and last included
            rows[s] = i;
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    float bpj = transB ? b.data()[j * k + p] : b.data()[p * n + j];
                    sum += (double) a.data()[i * k + p] * bpj;
                }
                expected[s][j] = sum;
            }
        }
        return new Reference(rows, expected);
    }

    double maxAbsDiff(RowSource result) {
        double max = 0;
        for (int s = 0; s < sampleRows.length; s++) {
            float[] row = result.rows(sampleRows[s], sampleRows[s] + 1);
            for (int j = 0; j < row.length; j++) {
                double d = Math.abs(row[j] - expected[s][j]);
                if (!(d <= max)) {
                    max = d;
                }
            }
        }
        return max;
    }
}
