package org.vwb.embedinit.internal.wechsel;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.OptionSpec;
import org.vwb.embedinit.OptionSpec.Type;
import org.vwb.embedinit.StrategyFactory;
import org.vwb.embedinit.StrategyOptions;
import org.vwb.embedinit.internal.vectors.BlockedSimilarity;
import org.vwb.embedinit.internal.vectors.Resources;

/// Options of `wechsel` and construction from them.
public final class WechselFactory implements StrategyFactory {

    private static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.of("source-vectors", Type.PATH, null,
                    "static vectors of the base model's language (.vec, GloVe, word2vec .bin, fastText .bin)"),
            OptionSpec.of("target-vectors", Type.PATH, "",
                    "static vectors of the new tokens' language; absent: source-vectors serve both sides"),
            OptionSpec.of("dictionary", Type.PATH, "",
                    "source<TAB>target word pairs; given: reduce the larger space by PCA, align by Procrustes"),
            OptionSpec.of("neighbors", Type.INT, "10", "source tokens mixed per new token (k)"),
            OptionSpec.of("temperature", Type.DOUBLE, "0.1", "softmax temperature over cosine similarities"),
            OptionSpec.choice("subword", "auto",
                    "token vectors from fastText n-grams (true), from linked words (false), or n-grams when both"
                            + " files are fastText .bin (auto)", "auto", "true", "false"),
            OptionSpec.of("max-words", Type.INT, "200000", "words per vector file linked to tokens (subword=false)"),
            OptionSpec.choice("whole-words", "linked", "subword=false: a word-initial token takes, as in WECHSEL,"
                    + " the mean of its linked words (linked) or, if it is a word of the vector file, that word's"
                    + " vector (lookup)", "linked", "lookup"),
            OptionSpec.of("min-coverage", Type.DOUBLE, "0.05",
                    "least share of new tokens and of anchors that must get a static vector"));

    @Override
    public String name() {
        return WechselStrategy.NAME;
    }

    @Override
    public String description() {
        return "softmax mixture of the k nearest source tokens in aligned static word spaces (WECHSEL);"
                + " needs static vectors";
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    public InitStrategy create(StrategyOptions o) throws InitInputException {
        WechselSettings settings = new WechselSettings(o.integer("neighbors", 1, 10_000),
                o.real("temperature", 1e-12, 1e6),
                WechselSettings.Subword.valueOf(o.string("subword").toUpperCase(Locale.ROOT)),
                o.integer("max-words", 1, Integer.MAX_VALUE), o.real("min-coverage", 0, 1),
                o.string("whole-words").equals("lookup"));
        Path source = o.path("source-vectors");
        if (source == null) {
            throw new InitInputException(InitInputException.Reason.BAD_OPTION,
                    "method wechsel, option source-vectors: required (a static vector file)");
        }
        Path target = o.path("target-vectors");
        Path dictionary = o.path("dictionary");
        if (dictionary != null && target == null) {
            throw new InitInputException(InitInputException.Reason.BAD_OPTION, "method wechsel, option dictionary:"
                    + " an alignment needs target-vectors (without them one space serves both sides)");
        }
        return new WechselStrategy(settings, Resources.Vectors.file("source-vectors", source),
                target == null ? null : Resources.Vectors.file("target-vectors", target), dictionary,
                BlockedSimilarity.DEFAULT_BLOCK_FLOATS);
    }
}
