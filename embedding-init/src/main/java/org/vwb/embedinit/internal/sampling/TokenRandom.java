package org.vwb.embedinit.internal.sampling;

import java.util.SplittableRandom;
import org.vwb.embedinit.MatrixRole;

/// One random stream per (seed, token id, matrix): a token's draws never depend on which other tokens
/// are initialised with it, in which order, or on how many threads do the work.
public final class TokenRandom {

    private TokenRandom() {
    }

    /// The stream of token `id`'s row in `role`.
    public static SplittableRandom of(long seed, int id, MatrixRole role) {
        return new SplittableRandom(mix(seed ^ mix(0x9E3779B97F4A7C15L * (2L * id + role.ordinal() + 1))));
    }

    /// Stafford's variant 13 of the SplitMix64 finaliser: consecutive inputs give unrelated outputs.
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /// `d` standard normal draws from `rng`, written to `out[offset…offset+d)`.
    public static void gaussians(SplittableRandom rng, float[] out, int offset, int d) {
        for (int j = 0; j < d; j++) {
            out[offset + j] = (float) rng.nextGaussian();
        }
    }
}
