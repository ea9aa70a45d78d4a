package org.vwb.align;

/// An orthogonal map of a source space onto a target space: source vectors are mapped `u ↦ u·R`.
///
/// @param rotation       `R`, row-major `dim × dim` (copied on construction and on access)
/// @param dim            the dimension of both spaces
/// @param trainingPairs  how many row pairs the map was fitted on
public record Alignment(float[] rotation, int dim, int trainingPairs) {

    /// Validates the shape and copies the matrix.
    public Alignment {
        if (dim <= 0 || rotation.length != dim * dim) {
            throw new IllegalArgumentException("rotation has " + rotation.length + " values, expected " + dim + " × " + dim);
        }
        rotation = rotation.clone();
    }

    /// A copy of `R`.
    @Override
    public float[] rotation() {
        return rotation.clone();
    }

    /// The source space mapped into the target space (a plain copy; see [StaticVectors#transformed]).
    public StaticVectors apply(StaticVectors source) {
        return source.transformed(rotation);
    }

    /// `max |RᵀR − I|`: how far `R` is from orthogonal (float rounding gives ~1e-6).
    public double orthogonalityError() {
        double worst = 0;
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < dim; j++) {
                double s = 0;
                for (int m = 0; m < dim; m++) {
                    s += (double) rotation[m * dim + i] * rotation[m * dim + j];
                }
                worst = Math.max(worst, Math.abs(s - (i == j ? 1 : 0)));
            }
        }
        return worst;
    }
}
