package org.vwb.embedinit.internal.cw2v;

/// Adam (Kingma & Ba) with the usual `β1 = 0.9`, `β2 = 0.999`, `ε = 1e-8`, applied to one block of
/// parameters at a time with that block's own step count. Per-token blocks are updated only in steps
/// that touch the token ("lazy" Adam, as sparse embedding optimisers do): an absent token's logits keep
/// their value instead of drifting on stale momentum.
///
/// @param rate the learning rate
record Adam(double rate) {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    /// Updates `param[off..off+n)` with `grad[goff..goff+n)`; `step` is this block's step number, from 1.
    void step(double[] param, double[] m, double[] v, int off, double[] grad, int goff, int n, int step) {
        double c1 = 1 - Math.pow(BETA1, step);
        double c2 = 1 - Math.pow(BETA2, step);
        for (int i = 0; i < n; i++) {
            double g = grad[goff + i];
            m[off + i] = BETA1 * m[off + i] + (1 - BETA1) * g;
            v[off + i] = BETA2 * v[off + i] + (1 - BETA2) * g * g;
            param[off + i] -= rate * (m[off + i] / c1) / (Math.sqrt(v[off + i] / c2) + EPS);
        }
    }
}
