package org.vwb.embedinit.diagnostics;

/// Tuning of [ConvexHullDiagnostics#classify].
///
/// @param relativeTolerance inside tolerance on the reconstruction error, relative to the median base row
///                          norm (METHODS.md §6.3 suggests 1e-3)
/// @param maxIterations     solver iteration budget per batch
/// @param batchSize         queries solved together (each iteration is two GEMMs of `batch × N × d`)
/// @param screenAxes        principal axes tried by the screen (both signs each)
/// @param eigenFloor        whitening floor on covariance eigenvalues, relative to the largest
/// @param mixtureSumTolerance how far a recorded mixture's weights may sum from 1
public record HullOptions(double relativeTolerance, int maxIterations, int batchSize, int screenAxes,
                          double eigenFloor, double mixtureSumTolerance) {
    /// Validates ranges.
    public HullOptions {
        if (!(relativeTolerance > 0) || maxIterations < 1 || batchSize < 1 || screenAxes < 0
                || !(eigenFloor > 0) || !(mixtureSumTolerance > 0)) {
            throw new IllegalArgumentException("invalid hull options: " + relativeTolerance + ", " + maxIterations
                    + ", " + batchSize + ", " + screenAxes + ", " + eigenFloor + ", " + mixtureSumTolerance);
        }
    }

    /// Tolerance 1e-3, 500 iterations, batches of 256, 16 axes, floor 1e-6, sums within 1e-6.
    public static HullOptions defaults() {
        return new HullOptions(1e-3, 500, 256, 16, 1e-6, 1e-6);
    }

    /// A copy with another tolerance.
    public HullOptions withRelativeTolerance(double tolerance) {
        return new HullOptions(tolerance, maxIterations, batchSize, screenAxes, eigenFloor, mixtureSumTolerance);
    }

    /// A copy with another iteration budget.
    public HullOptions withMaxIterations(int iterations) {
        return new HullOptions(relativeTolerance, iterations, batchSize, screenAxes, eigenFloor, mixtureSumTolerance);
    }
}
