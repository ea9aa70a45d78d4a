package org.vwb.embedinit;

import java.io.IOException;
import org.vwb.common.JobContext;
import org.vwb.embedinit.internal.cw2v.Cw2vTrainer;

/// CW2V, constrained word2vec (Mundra et al. 2024; METHODS §3): every new row is a softmax mixture of
/// base rows, `W_new = softmax(A)·W_base`, whose logits are trained with skip-gram and negative sampling
/// on target-language text while the base rows stay frozen. The weights lie in the simplex, so every row
/// is inside the convex hull of the base rows by construction. An untied model gets a second,
/// independent mixture over the output matrix; skip-gram couples the two (centres from the input
/// matrix, contexts and negatives from the output matrix).
///
/// [Strategies] offers it as `cw2v`; this entry point also returns the loss curve.
public final class Cw2v {

    /// The strategy's name.
    public static final String NAME = "cw2v";

    private Cw2v() {
    }

    /// The rows and provenance of a run, and how the training went.
    ///
    /// @param result rows for every token and role; tokens the corpus does not cover are
    ///               [Origin#UNPLACED] (the [Initializer]'s fallback places them)
    /// @param trace  sizes, timings and the loss curve
    public record Outcome(InitResult result, Cw2vTrace trace) {
    }

    /// Trains the mixtures of every token of `problem`. Deterministic for `problem.seed()`; the thread
    /// count changes the speed, not the result.
    ///
    /// @throws InitInputException [InitInputException.Reason#MISSING_RESOURCE] when the corpus is absent,
    ///     [InitInputException.Reason#BAD_FILE] when it is not UTF-8
    /// @throws IOException        when the corpus cannot be read
    public static Outcome train(InitProblem problem, Cw2vOptions options, JobContext context) throws IOException {
        return Cw2vTrainer.train(problem, options, context);
    }
}
