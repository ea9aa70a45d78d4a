package org.vwb.numeric;

/// A thin singular value decomposition `A = U · diag(s) · Vᵀ` of an `m × n` matrix, with `k = min(m, n)`.
///
/// @param u  `m × k`, orthonormal columns
/// @param s  the `k` singular values, non-negative, in descending order
/// @param vt `k × n`, orthonormal rows
public record Svd(FloatMatrix u, float[] s, FloatMatrix vt) {}
