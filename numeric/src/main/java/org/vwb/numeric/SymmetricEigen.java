package org.vwb.numeric;

/// Eigen-decomposition `A = V · diag(values) · Vᵀ` of a symmetric `n × n` matrix.
///
/// @param values  the `n` eigenvalues in ascending order
/// @param vectors `n × n`; column `j` is the unit eigenvector of `values[j]` (its sign is arbitrary)
public record SymmetricEigen(float[] values, FloatMatrix vectors) {}
