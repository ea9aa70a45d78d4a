package org.vwb.embedinit.internal.wechsel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.vwb.align.BilingualDictionary;
import org.vwb.align.StaticVectors;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitInputException.Reason;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.TokenizerView;
import org.vwb.embedinit.internal.vectors.BlockedSimilarity;
import org.vwb.embedinit.internal.vectors.Coverage;
import org.vwb.embedinit.internal.vectors.MixtureRows;
import org.vwb.embedinit.internal.vectors.NearestSources;
import org.vwb.embedinit.internal.vectors.Placement;
import org.vwb.embedinit.internal.vectors.Resources;
import org.vwb.embedinit.internal.vectors.SpaceAlignment;
import org.vwb.embedinit.internal.vectors.StaticTokenVectors;
import org.vwb.embedinit.internal.vectors.TokenSpace;

/// WECHSEL (Minixhofer et al. 2022, METHODS §1): static vectors for the source (base) tokens and the new
/// tokens, aligned; each new row is `Σ α_n E_s[n]` over its `k` most cosine-similar source tokens with
/// `α = softmax(cos / τ)`, with the same weights for the input and the (untied) output matrix. Sources are
/// the anchors that have a static vector; a new token without one is left to the fallback.
public final class WechselStrategy implements InitStrategy {

    /// The strategy's name.
    public static final String NAME = "wechsel";

    private final WechselSettings settings;
    private final Resources.Vectors source;
    private final Resources.Vectors target;
    private final Path dictionary;
    private final long blockFloats;

    /// A strategy over the given vectors.
    ///
    /// @param target     vectors of the new tokens' language, or `null` when `source` serves both sides
    /// @param dictionary a `source<TAB>target` word list to align the spaces with, or `null` (already aligned)
    /// @param blockFloats similarities per GEMM block ([BlockedSimilarity#DEFAULT_BLOCK_FLOATS])
    public WechselStrategy(WechselSettings settings, Resources.Vectors source, Resources.Vectors target,
                           Path dictionary, long blockFloats) {
        this.settings = settings;
        this.source = source;
        this.target = target;
        this.dictionary = dictionary;
        this.blockFloats = blockFloats;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InitResult initialize(InitProblem problem, JobContext context) throws IOException {
        StaticVectors src = source.load(NAME);
        StaticVectors tgt = target == null ? src : target.load(NAME);
        BilingualDictionary dict = dictionary == null ? null : Resources.dictionary(NAME, "dictionary", dictionary);
        boolean subwords = subwords(src, tgt);
        String tgtName = target == null ? source.describe() : target.describe();
        TokenSpace s = tokenVectors(src, problem.base(), StaticTokenVectors.textAnchors(problem), subwords,
                settings.wordLookup(), context);
        int[] newIds = problem.tokens().stream().mapToInt(t -> t.id()).toArray();
        TokenSpace t = tokenVectors(tgt, problem.target(), newIds, subwords,
                settings.wordLookup(), context);
        Coverage.require(NAME, settings.minCoverage(), "anchor (source) tokens", source.describe(), s,
                i -> problem.base().piece(s.ids()[i]));
        Coverage.require(NAME, settings.minCoverage(), "new tokens", tgtName, t,
                i -> problem.tokens().get(i).piece());
        TokenSpace[] aligned = SpaceAlignment.align(NAME, problem.algebra(), src, s, tgt, t, dict,
                source.describe(), tgtName);
        List<Placement> placements = NearestSources.softmax(problem.algebra(), aligned[1], aligned[0],
                settings.neighbors(), settings.temperature(), blockFloats, context,
                i -> "no static vector for '" + problem.tokens().get(i).piece() + "' in " + tgtName);
        context.progress().begin("mixing " + placements.size() + " rows", -1);
        return MixtureRows.build(problem, NAME, placements);
    }

    private boolean subwords(StaticVectors src, StaticVectors tgt) throws InitInputException {
        boolean both = src.subwordSpec().isPresent() && tgt.subwordSpec().isPresent();
        if (settings.subword() == WechselSettings.Subword.TRUE && !both) {
            throw new InitInputException(Reason.BAD_OPTION, "method " + NAME + ", option subword: true needs fastText"
                    + " .bin models with n-grams on both sides; " + (src.subwordSpec().isEmpty() ? source.describe()
                    : target.describe()) + " has none (use subword=false for word lists such as GloVe)");
        }
        return settings.subword() == WechselSettings.Subword.TRUE
                || settings.subword() == WechselSettings.Subword.AUTO && both;
    }

    private TokenSpace tokenVectors(StaticVectors space, TokenizerView view, int[] ids, boolean subwords,
                                    boolean lookup, JobContext context) {
        return subwords ? StaticTokenVectors.fromSubwords(space, view, ids)
                : StaticTokenVectors.fromWords(space, view, ids, StaticTokenVectors.Linking.WECHSEL,
                        settings.maxWords(), lookup, context);
    }
}
