package org.vwb.embedinit.diagnostics;

/// The "can it dominate" view for `lm_head` rows: for each query row, the fraction of sampled directions
/// `h` in which `hᵀq > max_i hᵀe_i` (the new token would win the argmax against every old token).
///
/// @param fractions  per query row, the fraction of directions it wins (0 for any row inside the hull)
/// @param directions how many directions were sampled
/// @param seed       the seed of the standard-normal directions
public record Dominance(double[] fractions, int directions, long seed) {}
