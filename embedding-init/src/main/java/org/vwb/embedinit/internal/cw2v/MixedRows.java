package org.vwb.embedinit.internal.cw2v;

import java.util.Arrays;
import org.vwb.numeric.FloatMatrix;

/// The current new rows of one matrix, `rows_t = Σ_k p_tk · base[candidate(t, k)]`, kept in step with
/// their [Mixture], and the chain rule from a row gradient back to the logits.
final class MixedRows {

    private static final int CHUNK = 32;

    final float[] base;
    final int dim;
    final Mixture mixture;
    final float[] rows;

    MixedRows(FloatMatrix base, Mixture mixture, Parallel parallel) {
        this.base = base.data();
        this.dim = base.cols();
        this.mixture = mixture;
        this.rows = new float[mixture.tokens() * dim];
        recomputeAll(parallel);
    }

    /// Recomputes every row (after a step of shared parameters, and at the start).
    void recomputeAll(Parallel parallel) {
        parallel.forChunks(mixture.tokens(), CHUNK, (_, from, to) -> {
            double[] p = new double[mixture.width()];
            for (int t = from; t < to; t++) {
                recompute(t, p);
            }
        });
    }

    /// Recomputes row `t` from the current weights; `p` is scratch of at least `width()` entries.
    void recompute(int t, double[] p) {
        mixture.probabilities(t, p);
        int off = t * dim;
        Arrays.fill(rows, off, off + dim, 0f);
        for (int k = 0; k < mixture.width(); k++) {
            Kernels.axpy((float) p[k], base, mixture.candidate(t, k) * dim, rows, off, dim);
        }
    }

    /// The loss gradient of token `t`'s logits given the gradient `g` of its row:
    /// `∂L/∂z_k = p_k (e_kᵀg − Σ_j p_j e_jᵀg)` (softmax Jacobian), into `out[off..off+width())`.
    void logitGradient(int t, float[] g, double[] p, double[] out, int off) {
        mixture.probabilities(t, p);
        double mean = 0;
        for (int k = 0; k < mixture.width(); k++) {
            double s = Kernels.dot(base, mixture.candidate(t, k) * dim, g, 0, dim);
            out[off + k] = s;
            mean += p[k] * s;
        }
        for (int k = 0; k < mixture.width(); k++) {
            out[off + k] = p[k] * (out[off + k] - mean);
        }
    }
}
