package org.vwb.embedinit.internal.cw2v;

/// One free logit per token and candidate: the top-K form (`width` = K candidates of its own per token)
/// and the exact form with a full logit matrix (`width` = every anchor, one candidate list shared by all
/// tokens). Adam state is per token; a step updates only the tokens it touched.
final class TokenLogits implements Mixture {

    private static final int CHUNK = 64;

    private final int tokens;
    private final int width;
    private final int[] candidates;
    private final boolean shared;
    private final double[] logits;
    private final double[] m;
    private final double[] v;
    private final int[] steps;
    private final Adam adam;

    /// @param candidates `tokens × width` base ids, or one list of `width` shared by every token
    /// @param logits     the starting logits, `tokens × width` (taken over, not copied)
    TokenLogits(int tokens, int width, int[] candidates, double[] logits, Adam adam) {
        if (candidates.length != width && candidates.length != tokens * width) {
            throw new IllegalArgumentException(candidates.length + " candidates for " + tokens + " × " + width);
        }
        this.tokens = tokens;
        this.width = width;
        this.candidates = candidates;
        this.shared = candidates.length == width && tokens != 1;
        this.logits = logits;
        this.m = new double[logits.length];
        this.v = new double[logits.length];
        this.steps = new int[tokens];
        this.adam = adam;
    }

    @Override
    public int tokens() {
        return tokens;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int candidate(int t, int k) {
        return shared ? candidates[k] : candidates[t * width + k];
    }

    @Override
    public void probabilities(int t, double[] p) {
        Kernels.softmax(logits, t * width, width, p);
    }

    @Override
    public boolean independentTokens() {
        return true;
    }

    @Override
    public void updateToken(int t, double[] grads, int off) {
        adam.step(logits, m, v, t * width, grads, off, width, ++steps[t]);
    }

    @Override
    public boolean update(int[] touched, int count, double[] grads, Parallel parallel) {
        parallel.forChunks(count, CHUNK, (_, from, to) -> {
            for (int i = from; i < to; i++) {
                int t = touched[i];
                adam.step(logits, m, v, t * width, grads, i * width, width, ++steps[t]);
            }
        });
        return false;
    }
}
