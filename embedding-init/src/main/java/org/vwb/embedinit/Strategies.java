package org.vwb.embedinit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vwb.embedinit.internal.MeanStrategy;
import org.vwb.embedinit.internal.blend.BlendStrategy;
import org.vwb.embedinit.internal.sampling.MultivariateStrategy;
import org.vwb.embedinit.internal.sampling.RandomStrategy;
import org.vwb.embedinit.internal.subword.SubwordStrategy;
import org.vwb.embedinit.internal.subword.TranslationStrategy;

/// The registry of initialization strategies: names, descriptions and options for help texts and the
/// GUI, and construction from `key=value` options.
public final class Strategies {

    private Strategies() {
    }

    /// Every strategy, in the order help texts list them.
    public static List<StrategyFactory> all() {
        List<StrategyFactory> all = new ArrayList<>();
        all.add(simple(MeanStrategy.NAME, "mean of the anchor rows (Hewitt); needs nothing else", List.of(),
                o -> new MeanStrategy()));
        all.add(simple(RandomStrategy.NAME, "random rows, N(0, sigma) or per-dimension N(mean_j, std_j)", RandomStrategy.OPTIONS, RandomStrategy::create));
        all.add(simple(MultivariateStrategy.NAME, "rows drawn from N(mu, s*Sigma) of the anchor rows (Hewitt, CW2V baseline)", MultivariateStrategy.OPTIONS, MultivariateStrategy::create));
        all.add(simple(SubwordStrategy.FVT, "mean of the base rows of the token's pieces under the base tokenizer (FVT)", SubwordStrategy.FVT_OPTIONS, o -> SubwordStrategy.create(SubwordStrategy.FVT, o)));
        all.add(simple(SubwordStrategy.ZIPTIE, "FVT over the byte-fallback decomposition, byte pieces included (Bailong zip-tie, reconstructed)", SubwordStrategy.ZIPTIE_OPTIONS, o -> SubwordStrategy.create(SubwordStrategy.ZIPTIE, o)));
        all.add(simple(TranslationStrategy.NAME, "mean of the FVT rows of the token's dictionary translations (needs dictionary=FILE)", TranslationStrategy.OPTIONS, TranslationStrategy::create));
        all.add(simple(BlendStrategy.NAME, "weight*a + (1-weight)*b of two methods' rows (a=, b=, a.*, b.*)", BlendStrategy.OPTIONS, BlendStrategy::create));
        all.add(new org.vwb.embedinit.internal.wechsel.WechselFactory());
        all.add(new org.vwb.embedinit.internal.ofa.OfaFactory());
        all.add(new org.vwb.embedinit.internal.focus.FocusFactory());
        all.add(org.vwb.embedinit.internal.cw2v.Cw2vStrategy.factory());
        return List.copyOf(all);
    }

    /// The factory named `name`.
    ///
    /// @throws InitInputException with [InitInputException.Reason#UNKNOWN_METHOD] listing the known names
    public static StrategyFactory named(String name) throws InitInputException {
        for (StrategyFactory f : all()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new InitInputException(InitInputException.Reason.UNKNOWN_METHOD, "unknown method '" + name
                + "'; known: " + String.join(", ", all().stream().map(StrategyFactory::name).toList()));
    }

    /// Builds strategy `name` from options given as text.
    ///
    /// @throws InitInputException for an unknown name or a bad option
    public static InitStrategy create(String name, Map<String, String> options) throws InitInputException {
        StrategyFactory f = named(name);
        return f.create(StrategyOptions.parse(name, f.options(), options));
    }

    /// Builds a strategy whose factory needs only the options.
    interface Builder {
        InitStrategy build(StrategyOptions options) throws InitInputException;
    }

    static StrategyFactory simple(String name, String description, List<OptionSpec> options, Builder builder) {
        return new StrategyFactory() {
            @Override public String name() { return name; }
            @Override public String description() { return description; }
            @Override public List<OptionSpec> options() { return options; }
            @Override public InitStrategy create(StrategyOptions o) throws InitInputException { return builder.build(o); }
        };
    }
}
