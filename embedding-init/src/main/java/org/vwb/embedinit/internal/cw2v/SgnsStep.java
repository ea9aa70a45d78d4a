package org.vwb.embedinit.internal.cw2v;

import java.util.Arrays;

/// One optimiser step of skip-gram with negative sampling over a [PairBatch], with the standard loss
/// per pair `−log σ(v_oᵀw_c) − Σ_n log σ(−v_nᵀw_c)` (the reference summed the negative scores inside one
/// sigmoid). Centre vectors `w` come from the input matrix `[W_base; W_new]`, context and negative
/// vectors `v` from the output matrix `[V_base; V_new]` (the same matrix when tied). Base rows are frozen.
///
/// The step is a true mini-batch step: all scores use the rows as they were at the start of the batch,
/// the gradient of each new row is the sum over its occurrences in the batch, then the logits move once.
/// A new centre's gradient `Σ ∂ℓ/∂s · v` is gathered per position while the scores are computed, when the
/// context and negative rows are still in cache (word2vec's `neu1e`).
///
/// Thread-count independence: work is split into fixed chunks of positions and of rows; each position's
/// gradient and each new row's gradient is summed by one task in batch order; losses are summed per
/// chunk and the chunks in order.
final class SgnsStep {

    private static final int POSITION_CHUNK = 32;
    private static final int SLOT_CHUNK = 16;

    private final TrainingSet set;
    private final MixedRows in;
    private final MixedRows out;
    private final boolean tied;
    private final float[] baseIn;
    private final float[] baseOut;
    private final int dim;
    private final Parallel parallel;
    private float[] gPos = new float[0];
    private float[] gNeg = new float[0];
    private int[] buffer = new int[0];
    private float[] centreGrad = new float[0];

    /// @param out the output rows, or `null` for a tied model (then `in` serves both sides)
    SgnsStep(TrainingSet set, MixedRows in, MixedRows out, Parallel parallel) {
        this.set = set;
        this.in = in;
        this.out = out == null ? in : out;
        this.tied = out == null;
        this.baseIn = in.base;
        this.baseOut = this.out.base;
        this.dim = in.dim;
        this.parallel = parallel;
    }

    /// Runs the step; returns the summed loss of the batch (scored before the update).
    double run(PairBatch batch) {
        prepare(batch);
        double[] losses = new double[Parallel.chunks(batch.positions, POSITION_CHUNK)];
        parallel.forChunks(batch.positions, POSITION_CHUNK, (chunk, from, to) -> losses[chunk] = score(batch, from, to));
        double loss = 0;
        for (double l : losses) {
            loss += l;
        }
        Slots slots = Slots.of(batch, set, tied);
        int t = set.trainedCount();
        if (tied) {
            // a tied row's gradient reads other new rows (as centres): every gradient before any step
            int[] touched = slots.touched(0, t);
            apply(in, touched, logitGradients(batch, slots, in, touched, 0));
        } else {
            // output gradients read input rows, input gradients only the gathered centre gradients:
            // step the output rows first, then the input rows
            step(batch, slots, out, slots.touched(t, 2 * t), t);
            step(batch, slots, in, slots.touched(0, t), 0);
        }
        return loss;
    }

    /// Sizes the scratch arrays and numbers the positions whose centre is new (they get a gradient buffer).
    private void prepare(PairBatch b) {
        if (gPos.length < b.size) {
            gPos = new float[b.size];
            gNeg = new float[b.size * Math.max(1, b.negatives)];
        }
        if (buffer.length < b.positions) {
            buffer = new int[b.positions];
        }
        int n = 0;
        for (int q = 0; q < b.positions; q++) {
            buffer[q] = set.isNew(b.centre[b.positionStart[q]]) ? n++ : -1;
        }
        if ((long) centreGrad.length < (long) n * dim) {
            centreGrad = new float[Math.toIntExact((long) n * dim)];
        }
    }

    private double score(PairBatch b, int fromPosition, int toPosition) {
        double loss = 0;
        int neg = b.negatives;
        for (int q = fromPosition; q < toPosition; q++) {
            int c = b.centre[b.positionStart[q]];
            float[] w = inArray(c);
            int wo = offset(c);
            int g = buffer[q] * dim;
            if (g >= 0) {
                Arrays.fill(centreGrad, g, g + dim, 0f);
            }
            for (int p = b.positionStart[q]; p < b.positionStart[q + 1]; p++) {
                int o = b.context[p];
                double s = Kernels.dot(w, wo, outArray(o), offset(o), dim);
                loss -= Kernels.logSigmoid(s);
                gPos[p] = (float) (Kernels.sigmoid(s) - 1);
                if (g >= 0) {
                    Kernels.axpy(gPos[p], outArray(o), offset(o), centreGrad, g, dim);
                }
                for (int k = 0; k < neg; k++) {
                    int x = b.negative[p * neg + k];
                    if (x < 0) {
                        gNeg[p * neg + k] = 0f;
                        continue;
                    }
                    double sn = Kernels.dot(w, wo, outArray(x), offset(x), dim);
                    loss -= Kernels.logSigmoid(-sn);
                    gNeg[p * neg + k] = (float) Kernels.sigmoid(sn);
                    if (g >= 0) {
                        Kernels.axpy(gNeg[p * neg + k], outArray(x), offset(x), centreGrad, g, dim);
                    }
                }
            }
        }
        return loss;
    }

    /// Gradients and steps of one matrix's touched rows; a token steps right after its gradient when its
    /// mixture allows it (its candidate rows are then read from memory once, not twice).
    private void step(PairBatch b, Slots slots, MixedRows rows, int[] touched, int slotBase) {
        if (!rows.mixture.independentTokens()) {
            apply(rows, touched, logitGradients(b, slots, rows, touched, slotBase));
            return;
        }
        int width = rows.mixture.width();
        parallel.forChunks(touched.length, SLOT_CHUNK, (_, from, to) -> {
            float[] g = new float[dim];
            double[] p = new double[width];
            double[] grad = new double[width];
            for (int i = from; i < to; i++) {
                rowGradient(b, slots, slotBase + touched[i], g);
                rows.logitGradient(touched[i], g, p, grad, 0);
                rows.mixture.updateToken(touched[i], grad, 0);
                rows.recompute(touched[i], p);
            }
        });
    }

    private void rowGradient(PairBatch b, Slots slots, int slot, float[] g) {
        Arrays.fill(g, 0f);
        for (int c = slots.start[slot]; c < slots.start[slot + 1]; c++) {
            accumulate(b, slots.codes[c], g);
        }
    }

    /// Row gradients of the touched slots `[slotBase + touched[i]]`, chained to their logits.
    private double[] logitGradients(PairBatch b, Slots slots, MixedRows rows, int[] touched, int slotBase) {
        int width = rows.mixture.width();
        double[] grads = new double[touched.length * width];
        parallel.forChunks(touched.length, SLOT_CHUNK, (_, from, to) -> {
            float[] g = new float[dim];
            double[] p = new double[width];
            for (int i = from; i < to; i++) {
                rowGradient(b, slots, slotBase + touched[i], g);
                rows.logitGradient(touched[i], g, p, grads, i * width);
            }
        });
        return grads;
    }

    /// Adds one occurrence's gradient: a centre position's gathered `Σ ∂ℓ/∂s · v`, or `∂ℓ/∂s · w_c` for an
    /// occurrence as a context or negative.
    private void accumulate(PairBatch b, int code, float[] g) {
        if (code < 0) {
            Kernels.axpy(1f, centreGrad, buffer[-1 - code] * dim, g, 0, dim);
            return;
        }
        int stride = 1 + b.negatives;
        int p = code / stride;
        int which = code % stride;
        int c = b.centre[p];
        float coef = which == 0 ? gPos[p] : gNeg[p * b.negatives + which - 1];
        Kernels.axpy(coef, inArray(c), offset(c), g, 0, dim);
    }

    private void apply(MixedRows rows, int[] touched, double[] grads) {
        if (rows.mixture.update(touched, touched.length, grads, parallel)) {
            rows.recomputeAll(parallel);
            return;
        }
        parallel.forChunks(touched.length, SLOT_CHUNK, (_, from, to) -> {
            double[] p = new double[rows.mixture.width()];
            for (int i = from; i < to; i++) {
                rows.recompute(touched[i], p);
            }
        });
    }

    private float[] inArray(int u) {
        return u < set.baseRows ? baseIn : in.rows;
    }

    private float[] outArray(int u) {
        return u < set.baseRows ? baseOut : out.rows;
    }

    private int offset(int u) {
        return (u < set.baseRows ? u : u - set.baseRows) * dim;
    }
}
