package org.vwb.embedinit.internal.ofa;

import java.io.IOException;
import java.util.List;
import org.vwb.align.StaticVectors;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.internal.vectors.Coverage;
import org.vwb.embedinit.internal.vectors.MixtureRows;
import org.vwb.embedinit.internal.vectors.NearestSources;
import org.vwb.embedinit.internal.vectors.Placement;
import org.vwb.embedinit.internal.vectors.Resources;
import org.vwb.embedinit.internal.vectors.StaticTokenVectors;
import org.vwb.embedinit.internal.vectors.TokenSpace;

/// OFA (Liu et al. 2024, METHODS §2): one multilingual word space serves both tokenizers (no alignment).
/// A token's vector is the uniform mean of the words whose tokenization (`word`, ` word`, ` Word`)
/// produces it; a new token mixes its `k` most cosine-similar anchors with `softmax(cos / τ)`, optionally
/// in the coordinates of a rank-`k` factorisation of the source matrix ([LowRankRows]). Copying
/// overlapping tokens is the [org.vwb.embedinit.Initializer]'s job; a token without a vector is left to
/// the fallback.
public final class OfaStrategy implements InitStrategy {

    /// The strategy's name.
    public static final String NAME = "ofa";

    private final OfaSettings settings;
    private final Resources.Vectors vectors;
    private final long blockFloats;

    /// A strategy over `vectors` (a shared multilingual space).
    public OfaStrategy(OfaSettings settings, Resources.Vectors vectors, long blockFloats) {
        this.settings = settings;
        this.vectors = vectors;
        this.blockFloats = blockFloats;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InitResult initialize(InitProblem problem, JobContext context) throws IOException {
        StaticVectors space = vectors.load(NAME);
        TokenSpace s = StaticTokenVectors.fromWords(space, problem.base(), StaticTokenVectors.textAnchors(problem),
                StaticTokenVectors.Linking.OFA, settings.maxWords(), context);
        int[] newIds = problem.tokens().stream().mapToInt(t -> t.id()).toArray();
        TokenSpace t = StaticTokenVectors.fromWords(space, problem.target(), newIds, StaticTokenVectors.Linking.OFA,
                settings.maxWords(), context);
        Coverage.require(NAME, settings.minCoverage(), "anchor (source) tokens", vectors.describe(), s,
                i -> problem.base().piece(s.ids()[i]));
        Coverage.require(NAME, settings.minCoverage(), "new tokens", vectors.describe(), t,
                i -> problem.tokens().get(i).piece());
        List<Placement> placements = NearestSources.softmax(problem.algebra(), t, s, settings.neighbors(),
                settings.temperature(), blockFloats, context,
                i -> "no word of " + vectors.describe() + " tokenizes to '" + problem.tokens().get(i).piece() + "'");
        int full = Math.min(problem.dim(), problem.anchorIds().length);
        context.progress().begin("mixing " + placements.size() + " rows", -1);
        return settings.rank() == 0 || settings.rank() >= full ? MixtureRows.build(problem, NAME, placements)
                : LowRankRows.build(problem, NAME, placements, settings.rank(), context);
    }
}
