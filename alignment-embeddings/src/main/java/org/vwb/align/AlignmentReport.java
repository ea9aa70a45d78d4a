package org.vwb.align;

import java.util.List;

/// What [CrossLingualAlignment#run] measured and produced.
///
/// @param trainPairs   dictionary pairs in the training part
/// @param testPairs    dictionary pairs in the held-out part
/// @param rowPairs     row pairs (with casing variants) the first Procrustes fit used
/// @param before       held-out scores of the dictionary-only Procrustes map
/// @param refinePairs  mutual-neighbour pairs of each refinement step
/// @param after        held-out scores after the last refinement step (equal to `before` without refinement)
/// @param alignment    the final map
public record AlignmentReport(int trainPairs, int testPairs, int rowPairs, TranslationScores before,
        List<Integer> refinePairs, TranslationScores after, Alignment alignment) {

    /// Copies the list.
    public AlignmentReport {
        refinePairs = List.copyOf(refinePairs);
    }
}
