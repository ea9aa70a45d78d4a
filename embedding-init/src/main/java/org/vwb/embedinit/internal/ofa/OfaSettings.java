package org.vwb.embedinit.internal.ofa;

/// OFA's parameters (METHODS §2(b)).
///
/// @param neighbors   `k`, source tokens mixed per new token (default 10)
/// @param temperature `τ` of `softmax(cos / τ)` (default 0.1)
/// @param rank        rank of the factorisation of the source matrix; 0 (default) or at least the
///                    matrix's rank: no factorisation
/// @param maxWords    words of the vector file linked to tokens
/// @param minCoverage least share of new tokens and of anchors that must get a static vector
public record OfaSettings(int neighbors, double temperature, int rank, int maxWords, double minCoverage) {

    /// Checks the ranges.
    public OfaSettings {
        if (neighbors < 1 || !(temperature > 0) || rank < 0 || maxWords < 1
                || !(minCoverage >= 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("bad OFA settings: neighbors " + neighbors + ", temperature "
                    + temperature + ", rank " + rank + ", maxWords " + maxWords + ", minCoverage " + minCoverage);
        }
    }
}
