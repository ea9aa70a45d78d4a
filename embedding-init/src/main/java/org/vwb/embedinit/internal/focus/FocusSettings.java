package org.vwb.embedinit.internal.focus;

import java.nio.file.Path;

/// FOCUS's parameters (METHODS §5.1): where the auxiliary token-level space comes from and how it is
/// trained (fastText's FOCUS defaults: CBOW, dim 100, 3 epochs, minCount 10, 10 negatives, window 5).
///
/// @param vectors     a ready auxiliary space keyed by the target tokens' pieces, or `null`
/// @param corpus      target-language text to train the space on (tokenized with the target tokenizer), or `null`
/// @param dim         vector size of the trained space
/// @param epochs      training passes
/// @param minCount    tokens seen fewer times get no auxiliary vector
/// @param negative    negative samples per prediction
/// @param window      context window
/// @param minCoverage least share of the new (not copied) tokens that must get an auxiliary vector
public record FocusSettings(Path vectors, Path corpus, int dim, int epochs, int minCount, int negative, int window,
                            double minCoverage) {

    /// Checks that exactly one source of auxiliary vectors is given and the ranges.
    public FocusSettings {
        if ((vectors == null) == (corpus == null)) {
            throw new IllegalArgumentException("exactly one of vectors and corpus, found " + vectors + " and " + corpus);
        }
        if (dim < 1 || epochs < 1 || minCount < 1 || negative < 1 || window < 1
                || !(minCoverage >= 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("bad FOCUS settings: dim " + dim + ", epochs " + epochs + ", minCount "
                    + minCount + ", negative " + negative + ", window " + window + ", minCoverage " + minCoverage);
        }
    }
}
