package org.vwb.embedinit.internal.cw2v;

/// Plain-Java float kernels for the training loop. No Vector API: the `vwb` launcher does not load
/// `jdk.incubator.vector`, and at 4,096 dimensions the step is bound by reading base rows from memory
/// (measured: the Vector API is 2–4× faster on rows in L1/L2, under 2× on rows from L3). The summation
/// order is fixed, so a result never depends on the thread that computed it.
final class Kernels {

    private Kernels() {
    }

    /// `Σ a[ao+j]·b[bo+j]` over `d` entries; 8 accumulators because scalar FMA latency, not the loads,
    /// limits a single-accumulator loop.
    static float dot(float[] a, int ao, float[] b, int bo, int d) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int j = 0;
        for (; j + 7 < d; j += 8) {
            s0 += a[ao + j] * b[bo + j];
            s1 += a[ao + j + 1] * b[bo + j + 1];
            s2 += a[ao + j + 2] * b[bo + j + 2];
            s3 += a[ao + j + 3] * b[bo + j + 3];
            s4 += a[ao + j + 4] * b[bo + j + 4];
            s5 += a[ao + j + 5] * b[bo + j + 5];
            s6 += a[ao + j + 6] * b[bo + j + 6];
            s7 += a[ao + j + 7] * b[bo + j + 7];
        }
        for (; j < d; j++) {
            s0 += a[ao + j] * b[bo + j];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /// `y[yo..yo+d) += alpha · x[xo..xo+d)`.
    static void axpy(float alpha, float[] x, int xo, float[] y, int yo, int d) {
        for (int j = 0; j < d; j++) {
            y[yo + j] += alpha * x[xo + j];
        }
    }

    /// `log σ(x)`, stable for large `|x|`.
    static double logSigmoid(double x) {
        return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
    }

    /// `σ(x) = 1 / (1 + e^{-x})`.
    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    /// Softmax of `logits[off..off+k)` into `p[0..k)`, in double, shifted by the maximum.
    static void softmax(double[] logits, int off, int k, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            max = Math.max(max, logits[off + i]);
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            p[i] = Math.exp(logits[off + i] - max);
            sum += p[i];
        }
        for (int i = 0; i < k; i++) {
            p[i] /= sum;
        }
    }
}
