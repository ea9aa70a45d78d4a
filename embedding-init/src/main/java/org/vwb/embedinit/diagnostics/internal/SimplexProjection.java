package org.vwb.embedinit.diagnostics.internal;

/// Euclidean projection onto the probability simplex `{λ ≥ 0, Σλ = 1}` by Michelot's algorithm
/// (1986): repeatedly drop the entries at or below the current threshold `τ = (Σ_S v − 1)/|S|`; `τ` only
/// grows and the support only shrinks, so it ends after a few linear passes without sorting — the point
/// for `N = 32,000` entries per row per iteration. The result is sparse: entries below `τ` are zero.
final class SimplexProjection {
    private SimplexProjection() {}

    /// Projects `v` in place; `scratch` has at least `v.length` entries.
    static void project(float[] v, int[] scratch) {
        int n = v.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            scratch[i] = i;
            sum += v[i];
        }
        int size = n;
        double tau = (sum - 1) / size;
        while (true) {
            int kept = 0;
            double keptSum = 0;
            for (int k = 0; k < size; k++) {
                int i = scratch[k];
                if (v[i] > tau) {
                    scratch[kept++] = i;
                    keptSum += v[i];
                }
            }
            if (kept == size || kept == 0) {
                break;
            }
            size = kept;
            tau = (keptSum - 1) / size;
        }
        for (int i = 0; i < n; i++) {
            float x = (float) (v[i] - tau);
            v[i] = x > 0 ? x : 0f;
        }
    }
}
