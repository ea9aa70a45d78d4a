package org.vwb.embedinit.eval;

import java.io.IOException;
import org.vwb.common.JobContext;
import org.vwb.embedinit.Strategies;
import org.vwb.embedinit.eval.internal.BenchmarkRun;

/// The reconstruction benchmark: how well does each method rebuild rows the model really learned?
///
/// Steps: (1) among the model's normal tokens (not `[unusedN]`, with a row), keep those whose row has a
/// cosine to the mean row below the threshold, at least two characters, optionally whole words and a
/// minimum corpus frequency; (2) pick `holdout` of them with the seed; (3) write a copy of the tokenizer
/// in which those pieces are renamed (ids kept), so that the native engine can no longer produce them,
/// and verify it; (4) build one [org.vwb.embedinit.InitProblem] — `base` is the reduced tokenizer with the
/// held-out ids as holes, `target` the full tokenizer, `anchors` every normal id but the held-out ones,
/// the tokens the held-out ones with their reduced decomposition — and run each method (the
/// [ReconstructionSpec#BASELINES] first) through [org.vwb.embedinit.Initializer] without overlap
/// copying; (5) score each matrix against the true rows ([MethodScore]).
///
/// Deterministic for a seed (when the methods are). Writes nothing but a temporary tokenizer copy,
/// deleted at the end.
public final class ReconstructionBenchmark {

    private ReconstructionBenchmark() {
    }

    /// Runs the benchmark with the methods of [Strategies].
    ///
    /// @throws org.vwb.embedinit.InitInputException for an unknown method or a bad option (before any work)
    /// @throws ReconstructionException for too few eligible tokens or a tokenizer that cannot be reduced
    /// @throws IOException for an unreadable tokenizer or corpus, and whatever a method throws
    public static ReconstructionReport run(ReconstructionModel model, ReconstructionSpec spec, JobContext context)
            throws IOException {
        return BenchmarkRun.run(model, spec, Strategies::create, context);
    }
}
