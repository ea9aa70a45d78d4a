package org.vwb.embedinit.eval;

import java.util.Map;
import java.util.Objects;
import org.vwb.embedinit.MatrixRole;

/// How well one method reconstructed the held-out rows of one matrix.
///
/// Ranks are taken among the held-out rows only: for held-out token `i` with reconstructed row `r_i`,
/// `rank_i = 1 + #{j ≠ i : cos(r_i, t_j) ≥ cos(r_i, t_i)}` over the true rows `t_j` of all held-out
/// tokens (ties count against the method, so a constant or zero row cannot rank first).
///
/// @param method       the run's label (the registry name unless the spec gave another)
/// @param strategy     the registry name
/// @param options      the options it ran with, as given (defaults not spelled out)
/// @param baseline     whether it is one of [ReconstructionSpec#BASELINES]
/// @param role         the matrix scored
/// @param meanCosine   the mean over held-out tokens of `cos(r_i, t_i)` (a zero row counts as 0)
/// @param precisionAt1 the share of tokens with `rank_i = 1`
/// @param precisionAt10 the share with `rank_i ≤ 10`
/// @param mrr          the mean of `1 / rank_i`
/// @param coverage     the share of tokens the method placed itself (the rest went to the fallback)
/// @param fallbackTokens how many tokens went to the fallback
/// @param cpuSeconds   process CPU time while the method ran (all threads, native ones included)
/// @param wallSeconds  elapsed time while the method ran
public record MethodScore(String method, String strategy, Map<String, String> options, boolean baseline, MatrixRole role,
                          double meanCosine, double precisionAt1, double precisionAt10, double mrr, double coverage,
                          int fallbackTokens, double cpuSeconds, double wallSeconds) {

    /// Copies the options.
    public MethodScore {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(role, "role");
        options = Map.copyOf(options);
    }
}
