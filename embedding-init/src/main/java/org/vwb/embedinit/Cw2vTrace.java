package org.vwb.embedinit;

import java.util.List;

/// How a CW2V run went: sizes, the starting loss and the loss curve (mean skip-gram loss per pair of
/// each epoch, measured on the rows as they were before each step).
///
/// @param form           `topk` or `exact`
/// @param trainedTokens  new tokens trained (the others were left unplaced)
/// @param unplacedTokens new tokens left for the fallback (absent from the corpus or below `min-count`)
/// @param candidates     rows each token mixes over (K, or the number of anchors for the exact form)
/// @param batch          skip-gram pairs per optimiser step
/// @param corpusTokens   corpus tokens the trainer kept (after dropping unusable tokens, before subsampling)
/// @param setupSeconds   time to tokenize the corpus and choose candidates
/// @param firstBatchLoss mean loss per pair of the very first batch, before any update (the starting point)
/// @param epochs         one entry per epoch
public record Cw2vTrace(String form, int trainedTokens, int unplacedTokens, int candidates, int batch,
                        long corpusTokens, double setupSeconds, double firstBatchLoss, List<Epoch> epochs) {

    /// One pass over the corpus.
    ///
    /// @param number   1-based
    /// @param meanLoss mean of `−log σ(v_oᵀw_c) − Σ_n log σ(−v_nᵀw_c)` over the pairs of the epoch
    /// @param pairs    skip-gram pairs trained
    /// @param steps    optimiser steps
    /// @param seconds  wall time
    public record Epoch(int number, double meanLoss, long pairs, int steps, double seconds) {
    }

    /// Copies the list.
    public Cw2vTrace {
        epochs = List.copyOf(epochs);
    }

    /// The loss curve: the mean loss of each epoch in order.
    public double[] losses() {
        return epochs.stream().mapToDouble(Epoch::meanLoss).toArray();
    }
}
