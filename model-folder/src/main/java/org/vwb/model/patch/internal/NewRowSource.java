package org.vwb.model.patch.internal;

import java.util.Optional;

import org.vwb.model.patch.NewRows;
import org.vwb.numeric.FloatMatrix;
import org.vwb.safetensors.RowSource;

/// The request's f32 values for one target, row by row: a matrix for the embedding and head, one value
/// per row for a bias.
///
/// @param rows    number of new rows
/// @param columns elements per row
/// @param data    the values, row-major
record NewRowSource(int rows, int columns, float[] data) implements RowSource {

    /// The values for `target`, or empty when the request has none for it.
    static Optional<NewRowSource> of(Target target, NewRows rows) {
        return switch (target.kind()) {
            case EMBEDDING -> Optional.of(matrix(rows.embedding()));
            case HEAD -> rows.head().map(NewRowSource::matrix);
            case HEAD_BIAS -> rows.headBias().map(b -> new NewRowSource(b.length, 1, b));
        };
    }

    private static NewRowSource matrix(FloatMatrix m) {
        return new NewRowSource(m.rows(), m.cols(), m.data());
    }

    @Override
    public void readRow(long row, float[] dst) {
        System.arraycopy(data, Math.toIntExact(row * columns), dst, 0, columns);
    }

    /// Element `column` of new row `row`.
    float get(int row, int column) {
        return data[row * columns + column];
    }
}
