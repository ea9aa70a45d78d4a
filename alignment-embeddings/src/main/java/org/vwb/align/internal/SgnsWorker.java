package org.vwb.align.internal;

/// One training thread's view of a [SgnsModel]: its random state, its scratch vectors and its loss sum.
///
/// The update rules are word2vec's (`word2vec.c`, read, not copied) with negative sampling only;
/// skip-gram predicts each context token from the centre token (fastText's orientation).
public final class SgnsWorker {
    private final SgnsModel m;
    private final int dim;
    private final float[] neu1;
    private final float[] neu1e;
    private long random;
    private double loss;
    private long predictions;

    /// A worker on `model` with its own LCG seed.
    public SgnsWorker(SgnsModel model, long seed) {
        this.m = model;
        this.dim = model.dim;
        this.neu1 = new float[dim];
        this.neu1e = new float[dim];
        this.random = seed;
    }

    /// Drops tokens by subsampling: copies the kept rows of `rows[0..n)` to `out` and returns how many.
    public int subsample(int[] rows, int n, int[] out) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            int w = rows[i];
            if (w < 0) {
                continue;
            }
            float keep = m.keepProbability[w];
            if (keep < 1f && keep < (nextRandom() & 0xFFFF) / 65536f) {
                continue;
            }
            out[k++] = w;
        }
        return k;
    }

    /// One pass of skip-gram over a sentence of vocabulary rows.
    public void skipGram(int[] sentence, int len, int window, int negative, float alpha) {
        for (int pos = 0; pos < len; pos++) {
            int reduced = window - (int) Long.remainderUnsigned(nextRandom(), window);
            int center = sentence[pos] * dim;
            for (int c = Math.max(0, pos - reduced); c <= Math.min(len - 1, pos + reduced); c++) {
                if (c != pos) {
                    java.util.Arrays.fill(neu1e, 0f);
                    predict(m.syn0, center, sentence[c], negative, alpha);
                    axpy(1f, neu1e, 0, m.syn0, center);
                }
            }
        }
    }

    /// One pass of CBOW over a sentence: the mean of the context predicts the centre, and every
    /// context row receives the whole error (word2vec's `cbow_mean` variant).
    public void cbow(int[] sentence, int len, int window, int negative, float alpha) {
        for (int pos = 0; pos < len; pos++) {
            int reduced = window - (int) Long.remainderUnsigned(nextRandom(), window);
            int from = Math.max(0, pos - reduced);
            int to = Math.min(len - 1, pos + reduced);
            java.util.Arrays.fill(neu1, 0f);
            int cw = 0;
            for (int c = from; c <= to; c++) {
                if (c != pos) {
                    axpy(1f, m.syn0, sentence[c] * dim, neu1, 0);
                    cw++;
                }
            }
            if (cw == 0) {
                continue;
            }
            float inv = 1f / cw;
            for (int j = 0; j < dim; j++) {
                neu1[j] *= inv;
            }
            java.util.Arrays.fill(neu1e, 0f);
            predict(neu1, 0, sentence[pos], negative, alpha);
            for (int c = from; c <= to; c++) {
                if (c != pos) {
                    axpy(1f, neu1e, 0, m.syn0, sentence[c] * dim);
                }
            }
        }
    }

    /// Mean loss per prediction since the last call, and resets the sum.
    public double takeLoss() {
        double l = predictions == 0 ? 0 : loss / predictions;
        loss = 0;
        predictions = 0;
        return l;
    }

    /// Sum of losses and predictions since the last [#takeLoss] (for combining workers).
    public double[] lossSum() {
        return new double[] {loss, predictions};
    }

    /// The positive target and `negative` draws from the table: accumulates the input's error in
    /// `neu1e` and updates the output rows.
    private void predict(float[] in, int inOff, int target, int negative, float alpha) {
        float[] syn1 = m.syn1;
        for (int d = 0; d <= negative; d++) {
            int t;
            float label;
            if (d == 0) {
                t = target;
                label = 1f;
            } else {
                t = m.table[(int) Long.remainderUnsigned(nextRandom() >>> 16, m.table.length)];
                if (t == target) {
                    continue;
                }
                label = 0f;
            }
            int out = t * dim;
            float f = dot(in, inOff, syn1, out);
            float g;
            if (f > SgnsModel.MAX_EXP) {
                g = (label - 1f) * alpha;
                loss += label > 0 ? 0 : f;
            } else if (f < -SgnsModel.MAX_EXP) {
                g = label * alpha;
                loss += label > 0 ? -f : 0;
            } else {
                int idx = (int) ((f + SgnsModel.MAX_EXP) * (SgnsModel.EXP_TABLE_SIZE / SgnsModel.MAX_EXP / 2));
                g = (label - m.sigmoid[idx]) * alpha;
                loss += m.logSigmoid[label > 0 ? idx : SgnsModel.EXP_TABLE_SIZE - idx];
            }
            predictions++;
            axpy(g, syn1, out, neu1e, 0);
            axpy(g, in, inOff, syn1, out);
        }
    }

    private float dot(float[] a, int ao, float[] b, int bo) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int j = 0;
        for (; j + 3 < dim; j += 4) {
            s0 += a[ao + j] * b[bo + j];
            s1 += a[ao + j + 1] * b[bo + j + 1];
            s2 += a[ao + j + 2] * b[bo + j + 2];
            s3 += a[ao + j + 3] * b[bo + j + 3];
        }
        for (; j < dim; j++) {
            s0 += a[ao + j] * b[bo + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /// `y[yo..yo+dim) += a · x[xo..xo+dim)`.
    private void axpy(float a, float[] x, int xo, float[] y, int yo) {
        for (int j = 0; j < dim; j++) {
            y[yo + j] += a * x[xo + j];
        }
    }

    private long nextRandom() {
        random = random * 25214903917L + 11;
        return random;
    }
}
