package org.vwb.embedinit.internal.cw2v;

/// The trainable weights of one matrix's new rows: token `t` mixes the base rows `candidate(t, k)`,
/// `k < width()`, with weights `softmax(logits_t)`. Every row of weights lies in the probability simplex,
/// so every new row is a convex combination of base rows: inside their convex hull by construction.
interface Mixture {

    /// Number of trained tokens.
    int tokens();

    /// Candidates per token.
    int width();

    /// The base id of candidate `k` of token `t`.
    int candidate(int t, int k);

    /// The current weights of token `t` into `p[0..width())`.
    void probabilities(int t, double[] p);

    /// One optimiser step: `grads[i·width() + k]` is the loss gradient of logit `k` of token `touched[i]`,
    /// `i < count`.
    ///
    /// @return whether the weights of untouched tokens changed too (shared parameters), so that every
    ///     row must be recomputed
    boolean update(int[] touched, int count, double[] grads, Parallel parallel);

    /// Whether [#update] treats every token on its own, so that a token may take its step as soon as its
    /// gradient is known ([#updateToken]), while its candidate rows are still in cache.
    default boolean independentTokens() {
        return false;
    }

    /// One token's step, for mixtures with [#independentTokens()]: `grads[off..off+width())`.
    default void updateToken(int t, double[] grads, int off) {
        throw new UnsupportedOperationException("shared parameters: use update");
    }
}
