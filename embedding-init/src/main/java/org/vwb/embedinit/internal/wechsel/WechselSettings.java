package org.vwb.embedinit.internal.wechsel;

/// WECHSEL's parameters (METHODS §1(b)).
///
/// @param neighbors   `k`, the source tokens mixed per new token (default 10)
/// @param temperature `τ` of `softmax(cos / τ)` (default 0.1)
/// @param subword     fastText n-gram token vectors, linked-word vectors, or whichever the files allow
/// @param maxWords    words of each vector file linked to tokens when subwords are not used
/// @param minCoverage least share of the new tokens and of the anchors that must get a static vector
/// @param wordLookup  with linked-word vectors: a word-initial token (new or source) that is itself a word
///                    of the vector file gets that word's vector (an extension, docs/init-methods.md)
public record WechselSettings(int neighbors, double temperature, Subword subword, int maxWords, double minCoverage,
                              boolean wordLookup) {

    /// Where token vectors come from.
    public enum Subword {
        /// n-grams when both files are fastText `.bin` models, linked words otherwise.
        AUTO,
        /// fastText n-gram vectors (WECHSEL's `use_subword_info=True`); needs `.bin` models.
        TRUE,
        /// The frequency-weighted mean of the words whose tokenization contains the token.
        FALSE
    }

    /// Checks the ranges.
    public WechselSettings {
        if (neighbors < 1 || !(temperature > 0) || maxWords < 1 || !(minCoverage >= 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("bad WECHSEL settings: neighbors " + neighbors + ", temperature "
                    + temperature + ", maxWords " + maxWords + ", minCoverage " + minCoverage);
        }
    }

    /// The defaults: k = 10, τ = 0.1, subwords when possible, 200,000 words, 5 % coverage, linked whole
    /// words.
    public static WechselSettings defaults() {
        return new WechselSettings(10, 0.1, Subword.AUTO, 200_000, 0.05, false);
    }
}
