package org.vwb.embedinit.internal.cw2v;

/// One optimiser step of skip-gram with negative sampling over a [PairBatch], with the standard loss
/// per pair `−log σ(v_oᵀw_c) − Σ_n log σ(−v_nᵀw_c)` (the reference summed the negative scores inside one
/// sigmoid). Centre vectors `w` come from the input matrix `[W_base; W_new]`, context and negative
/// vectors `v` from the output matrix `[V_base; V_new]` (the same matrix when tied). Base rows are frozen.
///
/// The step is a true mini-batch step: all scores use the rows as they were at the start of the batch,
/// the gradient of each new row is the sum over its occurrences in the batch, then the logits move once.
///
/// Thread-count independence: scores are computed per pair; each new row's gradient is summed by one
/// task in pair order; losses are summed per fixed chunk and the chunks in order.
final class SgnsStep {

    private static final int PAIR_CHUNK = 256;
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
        int n = batch.size;
        int neg = batch.negatives;
        if (gPos.length < n) {
            gPos = new float[n];
            gNeg = new float[n * Math.max(1, neg)];
        }
        double[] losses = new double[Parallel.chunks(n, PAIR_CHUNK)];
        parallel.forChunks(n, PAIR_CHUNK, (chunk, from, to) -> losses[chunk] = score(batch, from, to));
        double loss = 0;
        for (double l : losses) {
            loss += l;
        }
        Slots slots = Slots.of(batch, set, tied);
        int t = set.trainedCount();
        int[] touchedIn = slots.touched(0, t);
        int[] touchedOut = tied ? new int[0] : slots.touched(t, 2 * t);
        double[] gradIn = logitGradients(batch, slots, in, touchedIn, 0);
        double[] gradOut = tied ? null : logitGradients(batch, slots, out, touchedOut, t);
        apply(in, touchedIn, gradIn);
        if (!tied) {
            apply(out, touchedOut, gradOut);
        }
        return loss;
    }

    private double score(PairBatch b, int from, int to) {
        double loss = 0;
        int neg = b.negatives;
        for (int p = from; p < to; p++) {
            int c = b.centre[p];
            float[] w = inArray(c);
            int wo = offset(c);
            int o = b.context[p];
            double s = Kernels.dot(w, wo, outArray(o), offset(o), dim);
            loss -= Kernels.logSigmoid(s);
            gPos[p] = (float) (Kernels.sigmoid(s) - 1);
            for (int q = 0; q < neg; q++) {
                int x = b.negative[p * neg + q];
                if (x < 0) {
                    gNeg[p * neg + q] = 0f;
                    continue;
                }
                double sn = Kernels.dot(w, wo, outArray(x), offset(x), dim);
                loss -= Kernels.logSigmoid(-sn);
                gNeg[p * neg + q] = (float) Kernels.sigmoid(sn);
            }
        }
        return loss;
    }

    /// Row gradients of the touched slots `[slotBase + touched[i]]`, chained to their logits.
    private double[] logitGradients(PairBatch b, Slots slots, MixedRows rows, int[] touched, int slotBase) {
        int width = rows.mixture.width();
        double[] grads = new double[touched.length * width];
        parallel.forChunks(touched.length, SLOT_CHUNK, (_, from, to) -> {
            float[] g = new float[dim];
            double[] p = new double[width];
            for (int i = from; i < to; i++) {
                java.util.Arrays.fill(g, 0f);
                int s = slotBase + touched[i];
                for (int c = slots.start[s]; c < slots.start[s + 1]; c++) {
                    accumulate(b, slots.codes[c], g);
                }
                rows.logitGradient(touched[i], g, p, grads, i * width);
            }
        });
        return grads;
    }

    /// Adds one occurrence's gradient: as a centre `Σ ∂ℓ/∂s · v`, as a context or negative `∂ℓ/∂s · w_c`.
    private void accumulate(PairBatch b, int code, float[] g) {
        int neg = b.negatives;
        int p = code / (2 + neg);
        int which = code % (2 + neg);
        int c = b.centre[p];
        if (which == 0) {
            int o = b.context[p];
            Kernels.axpy(gPos[p], outArray(o), offset(o), g, 0, dim);
            for (int q = 0; q < neg; q++) {
                int x = b.negative[p * neg + q];
                if (x >= 0) {
                    Kernels.axpy(gNeg[p * neg + q], outArray(x), offset(x), g, 0, dim);
                }
            }
        } else {
            float coef = which == 1 ? gPos[p] : gNeg[p * neg + which - 2];
            Kernels.axpy(coef, inArray(c), offset(c), g, 0, dim);
        }
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
