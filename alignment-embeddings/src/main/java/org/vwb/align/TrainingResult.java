package org.vwb.align;

import java.util.List;

/// What [Word2VecTrainer] produced.
///
/// @param vectors        the input ("syn0") vectors, one row per vocabulary token, most frequent first
/// @param corpusTokens   tokens per epoch (all tokens read, including those below `minCount`)
/// @param trainedTokens  vocabulary tokens read over all epochs (before subsampling): the figure a
///                       words-per-second rate is computed from, as word2vec and fastText do
/// @param epochLoss      mean negative-sampling loss per (centre, target) prediction, one per epoch
public record TrainingResult(StaticVectors vectors, long corpusTokens, long trainedTokens, List<Double> epochLoss) {

    /// Copies the loss list.
    public TrainingResult {
        epochLoss = List.copyOf(epochLoss);
    }
}
