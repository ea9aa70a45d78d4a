package org.vwb.core;

import java.nio.file.Path;
import java.util.List;

/// What [Workbench#trainVectors] did.
///
/// @param vocabulary    tokens that got a vector
/// @param corpusTokens  tokens in one pass over the corpus
/// @param trainedTokens vocabulary tokens processed over all epochs
/// @param epochLoss     mean negative-sampling loss per prediction, one value per epoch
/// @param seconds       training time (counting pass included, writing excluded)
/// @param out           the written `.vec` file (absolute)
public record TrainVectorsSummary(int vocabulary, long corpusTokens, long trainedTokens, List<Double> epochLoss,
        double seconds, Path out) {

    /// Copies the list.
    public TrainVectorsSummary {
        epochLoss = List.copyOf(epochLoss);
    }
}
