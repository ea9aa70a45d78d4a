package org.vwb.align;

import java.util.ArrayList;
import java.util.List;

import org.vwb.common.JobContext;
import org.vwb.numeric.LinearAlgebra;

/// The whole alignment experiment: split the dictionary (seeded, by source word), fit Procrustes on the
/// training part with WECHSEL's casing variants, score P@1/P@5 (NN and CSLS) on the held-out part,
/// refine iteratively ([Refinement]) and score again.
public final class CrossLingualAlignment {

    private CrossLingualAlignment() {
    }

    /// Runs the experiment; cancellation is checked between stages.
    ///
    /// @throws VectorFormatException [VectorFormatException.Reason#EMPTY_OVERLAP] if no training pair
    ///     has both words in the spaces
    /// @throws IllegalArgumentException if the spaces differ in dimension
    public static AlignmentReport run(StaticVectors source, StaticVectors target, BilingualDictionary dictionary,
            AlignOptions o, JobContext ctx) throws VectorFormatException {
        if (source.dim() != target.dim()) {
            throw new IllegalArgumentException("source has dimension " + source.dim() + ", target " + target.dim()
                    + ": Procrustes needs equal dimensions (reduce the larger space or train to match)");
        }
        List<BilingualDictionary> parts = dictionary.split(o.testFraction(), o.seed());
        BilingualDictionary train = parts.get(0);
        BilingualDictionary test = parts.get(1);
        ctx.cancellation().check();
        ctx.progress().begin("fitting Procrustes on " + train.size() + " dictionary pairs", -1);
        List<IndexPair> rows = DictionaryOverlap.casingVariantPairs(train, source, target);
        LinearAlgebra la = LinearAlgebra.get();
        Alignment first = Procrustes.fit(source, target, rows, la);
        StaticVectors srcEval = Heads.head(source, o.evalWords());
        StaticVectors tgtEval = Heads.head(target, o.evalWords());
        ctx.cancellation().check();
        ctx.progress().begin("evaluating on " + test.size() + " held-out pairs", -1);
        TranslationScores before = score(first, srcEval, tgtEval, test);
        Alignment current = first;
        List<Integer> refinePairs = new ArrayList<>();
        for (int i = 0; i < o.refineSteps(); i++) {
            ctx.cancellation().check();
            ctx.progress().begin("refinement step " + (i + 1) + " of " + o.refineSteps(), -1);
            Refinement.Step step = Refinement.refine(source, target, current, 1, o.refineMaxRank(), o.refineWith(), la)
                    .getFirst();
            current = step.alignment();
            refinePairs.add(step.pairs());
        }
        ctx.cancellation().check();
        TranslationScores after = before;
        if (o.refineSteps() > 0) {
            ctx.progress().begin("evaluating the refined map", -1);
            after = score(current, srcEval, tgtEval, test);
        }
        return new AlignmentReport(train.size(), test.size(), rows.size(), before, refinePairs, after, current);
    }

    private static TranslationScores score(Alignment a, StaticVectors src, StaticVectors tgt, BilingualDictionary test) {
        return TranslationScores.evaluate(new CrossLingualRetriever(a.apply(src), tgt,
                CrossLingualRetriever.DEFAULT_CSLS_K), test);
    }
}
