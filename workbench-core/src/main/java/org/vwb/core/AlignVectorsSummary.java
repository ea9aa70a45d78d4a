package org.vwb.core;

import java.nio.file.Path;
import java.util.List;

/// What [Workbench#alignVectors] measured and wrote.
///
/// @param sourceWords  words read from the source file
/// @param targetWords  words read from the target file
/// @param dimension    the common dimension
/// @param trainPairs   dictionary pairs used for fitting
/// @param testPairs    held-out dictionary pairs
/// @param rowPairs     row pairs (with casing variants) of the first fit
/// @param before       held-out precision of the dictionary-only map
/// @param refinePairs  mutual-neighbour pairs found by each refinement step
/// @param after        held-out precision after refinement (the same as `before` without refinement)
/// @param out          the written mapped source vectors (absolute)
public record AlignVectorsSummary(int sourceWords, int targetWords, int dimension, int trainPairs, int testPairs,
        int rowPairs, Precision before, List<Integer> refinePairs, Precision after, Path out) {

    /// Copies the list.
    public AlignVectorsSummary {
        refinePairs = List.copyOf(refinePairs);
    }

    /// Word-translation precision on the held-out pairs.
    ///
    /// @param queries held-out source words evaluated (in both vocabularies' first `evalWords`)
    /// @param skipped held-out source words left out
    /// @param nnP1    P@1, nearest neighbour
    /// @param nnP5    P@5, nearest neighbour
    /// @param cslsP1  P@1, CSLS
    /// @param cslsP5  P@5, CSLS
    public record Precision(int queries, int skipped, double nnP1, double nnP5, double cslsP1, double cslsP5) {
    }
}
