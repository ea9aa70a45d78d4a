package org.vwb.embedinit.internal.cw2v;

import java.util.SplittableRandom;

/// The reference's low-rank logits for the exact form, `A = A₁·A₂` with `A₁ ∈ R^{n×r}` and
/// `A₂ ∈ R^{r×N}`, plus a fixed prior: `logits_t = prior_t + a_t·A₂`. Unlike the reference (both factors
/// `U[0,1)`, which starts every token near the same one-hot mixture), `A₁` starts at zero and `A₂` at
/// `N(0, 1/r)`, LoRA-style, so that training starts exactly at the prior (the FVT mixture).
///
/// `A₂` is shared, so every step changes every token's weights. Its gradient is summed over the touched
/// tokens in slot order; `a_t` is updated lazily, `A₂` densely.
final class LowRankLogits implements Mixture {

    private static final int CHUNK = 16;

    private final int tokens;
    private final int width;
    private final int rank;
    private final int[] candidates;
    private final double[] prior;
    private final double[] a;
    private final double[] am;
    private final double[] av;
    private final int[] steps;
    private final double[] b;
    private final double[] bm;
    private final double[] bv;
    private final double[] bGrad;
    private int bSteps;
    private final Adam adam;

    /// @param candidates the `width` base ids every token mixes over
    /// @param prior      starting logits, `tokens × width` (taken over)
    LowRankLogits(int tokens, int rank, int[] candidates, double[] prior, Adam adam, long seed) {
        this.tokens = tokens;
        this.width = candidates.length;
        this.rank = rank;
        this.candidates = candidates;
        this.prior = prior;
        this.a = new double[tokens * rank];
        this.am = new double[a.length];
        this.av = new double[a.length];
        this.steps = new int[tokens];
        this.b = new double[rank * width];
        this.bm = new double[b.length];
        this.bv = new double[b.length];
        this.bGrad = new double[b.length];
        this.adam = adam;
        SplittableRandom random = new SplittableRandom(seed);
        double scale = 1 / Math.sqrt(rank);
        for (int i = 0; i < b.length; i++) {
            b[i] = random.nextGaussian() * scale;
        }
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
        return candidates[k];
    }

    @Override
    public void probabilities(int t, double[] p) {
        double[] z = new double[width];
        System.arraycopy(prior, t * width, z, 0, width);
        for (int i = 0; i < rank; i++) {
            double ai = a[t * rank + i];
            if (ai != 0) {
                for (int k = 0; k < width; k++) {
                    z[k] += ai * b[i * width + k];
                }
            }
        }
        Kernels.softmax(z, 0, width, p);
    }

    @Override
    public boolean update(int[] touched, int count, double[] grads, Parallel parallel) {
        // ∂L/∂A₂[i,k] = Σ_t a_t[i]·g_t[k], summed in slot order for every row i (rows are independent).
        parallel.forChunks(rank, 1, (_, i, _) -> {
            java.util.Arrays.fill(bGrad, i * width, (i + 1) * width, 0);
            for (int s = 0; s < count; s++) {
                double ai = a[touched[s] * rank + i];
                if (ai != 0) {
                    for (int k = 0; k < width; k++) {
                        bGrad[i * width + k] += ai * grads[s * width + k];
                    }
                }
            }
        });
        // ∂L/∂a_t[i] = Σ_k A₂[i,k]·g_t[k], with A₂ as it was before this step.
        double[] aGrad = new double[count * rank];
        parallel.forChunks(count, CHUNK, (_, from, to) -> {
            for (int s = from; s < to; s++) {
                for (int i = 0; i < rank; i++) {
                    double g = 0;
                    for (int k = 0; k < width; k++) {
                        g += b[i * width + k] * grads[s * width + k];
                    }
                    aGrad[s * rank + i] = g;
                }
            }
        });
        for (int s = 0; s < count; s++) {
            int t = touched[s];
            adam.step(a, am, av, t * rank, aGrad, s * rank, rank, ++steps[t]);
        }
        adam.step(b, bm, bv, 0, bGrad, 0, b.length, ++bSteps);
        return true;
    }
}
