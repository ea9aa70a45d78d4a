package org.vwb.embedinit.internal.focus;

import java.nio.file.Path;
import java.util.List;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.OptionSpec;
import org.vwb.embedinit.OptionSpec.Type;
import org.vwb.embedinit.StrategyFactory;
import org.vwb.embedinit.StrategyOptions;
import org.vwb.embedinit.internal.vectors.BlockedSimilarity;

/// Options of `focus` and construction from them.
public final class FocusFactory implements StrategyFactory {

    private static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.of("vectors", Type.PATH, "", "auxiliary token vectors keyed by the target tokenizer's pieces"),
            OptionSpec.of("corpus", Type.PATH, "",
                    "target-language text (one sentence per line) to train the auxiliary space on"),
            OptionSpec.of("dim", Type.INT, "100", "vector size of the trained space"),
            OptionSpec.of("epochs", Type.INT, "3", "training passes over the corpus"),
            OptionSpec.of("min-count", Type.INT, "10", "tokens seen fewer times get no auxiliary vector"),
            OptionSpec.of("negative", Type.INT, "10", "negative samples per prediction"),
            OptionSpec.of("window", Type.INT, "5", "context window of the CBOW training"),
            OptionSpec.of("min-coverage", Type.DOUBLE, "0.05",
                    "least share of the new (not copied) tokens that must get an auxiliary vector"));

    @Override
    public String name() {
        return FocusStrategy.NAME;
    }

    @Override
    public String description() {
        return "sparsemax mixture of overlapping tokens by similarity in a token-level space (FOCUS);"
                + " needs a target corpus or token vectors";
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    public InitStrategy create(StrategyOptions o) throws InitInputException {
        Path vectors = o.path("vectors");
        Path corpus = o.path("corpus");
        if ((vectors == null) == (corpus == null)) {
            throw new InitInputException(InitInputException.Reason.BAD_OPTION, "method focus, options vectors/corpus:"
                    + " give exactly one (auxiliary token vectors, or a corpus to train them on); found "
                    + (vectors == null ? "neither" : "both"));
        }
        return new FocusStrategy(new FocusSettings(vectors, corpus, o.integer("dim", 1, 10_000),
                o.integer("epochs", 1, 1_000), o.integer("min-count", 1, Integer.MAX_VALUE),
                o.integer("negative", 1, 1_000), o.integer("window", 1, 1_000), o.real("min-coverage", 0, 1)),
                BlockedSimilarity.DEFAULT_BLOCK_FLOATS);
    }
}
