package org.vwb.embedinit.internal.cw2v;

import java.io.IOException;
import org.vwb.common.JobContext;
import org.vwb.embedinit.Cw2v;
import org.vwb.embedinit.Cw2vOptions;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.OptionSpec;
import org.vwb.embedinit.StrategyFactory;
import org.vwb.embedinit.StrategyOptions;

/// `cw2v` as an [InitStrategy]: [Cw2v#train] without the trace (the loss curve goes to the progress
/// sink as one note per epoch).
public final class Cw2vStrategy implements InitStrategy {

    private final Cw2vOptions options;

    /// A strategy with fixed options.
    public Cw2vStrategy(Cw2vOptions options) {
        this.options = options;
    }

    /// The registry entry. The corpus is checked when the strategy is built, before a model is loaded.
    public static StrategyFactory factory() {
        return new StrategyFactory() {
            @Override
            public String name() {
                return Cw2v.NAME;
            }

            @Override
            public String description() {
                return "constrained word2vec: softmax mixtures of base rows trained with skip-gram on a "
                        + "target-language corpus (needs corpus=PATH)";
            }

            @Override
            public java.util.List<OptionSpec> options() {
                return Cw2vOptions.specs();
            }

            @Override
            public InitStrategy create(StrategyOptions o) throws InitInputException {
                Cw2vOptions options = Cw2vOptions.from(o);
                Cw2vFiles.requireCorpus(options.corpus());
                return new Cw2vStrategy(options);
            }
        };
    }

    @Override
    public String name() {
        return Cw2v.NAME;
    }

    @Override
    public InitResult initialize(InitProblem problem, JobContext context) throws IOException {
        return Cw2v.train(problem, options, context).result();
    }
}
