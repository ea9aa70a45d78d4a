package org.vwb.embedinit.internal.ofa;

import java.nio.file.Path;
import java.util.List;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.OptionSpec;
import org.vwb.embedinit.OptionSpec.Type;
import org.vwb.embedinit.StrategyFactory;
import org.vwb.embedinit.StrategyOptions;
import org.vwb.embedinit.internal.vectors.BlockedSimilarity;
import org.vwb.embedinit.internal.vectors.Resources;

/// Options of `ofa` and construction from them.
public final class OfaFactory implements StrategyFactory {

    private static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.of("vectors", Type.PATH, null,
                    "multilingual word vectors shared by both languages (.vec, GloVe, word2vec .bin, fastText .bin)"),
            OptionSpec.of("neighbors", Type.INT, "10", "source tokens mixed per new token (k)"),
            OptionSpec.of("temperature", Type.DOUBLE, "0.1", "softmax temperature over cosine similarities"),
            OptionSpec.of("rank", Type.INT, "0",
                    "mix in the coordinates of a rank-k SVD of the source matrix; 0 or >= the hidden size: none"),
            OptionSpec.of("max-words", Type.INT, "200000", "words of the vector file linked to tokens"),
            OptionSpec.of("min-coverage", Type.DOUBLE, "0.05",
                    "least share of new tokens and of anchors that must get a static vector"));

    @Override
    public String name() {
        return OfaStrategy.NAME;
    }

    @Override
    public String description() {
        return "softmax mixture of the k nearest anchors in one multilingual word space, optionally low-rank (OFA);"
                + " needs multilingual vectors";
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    public InitStrategy create(StrategyOptions o) throws InitInputException {
        OfaSettings settings = new OfaSettings(o.integer("neighbors", 1, 10_000), o.real("temperature", 1e-12, 1e6),
                o.integer("rank", 0, Integer.MAX_VALUE), o.integer("max-words", 1, Integer.MAX_VALUE),
                o.real("min-coverage", 0, 1));
        Path vectors = o.path("vectors");
        if (vectors == null) {
            throw new InitInputException(InitInputException.Reason.BAD_OPTION,
                    "method ofa, option vectors: required (a multilingual word vector file)");
        }
        return new OfaStrategy(settings, Resources.Vectors.file("vectors", vectors),
                BlockedSimilarity.DEFAULT_BLOCK_FLOATS);
    }
}
