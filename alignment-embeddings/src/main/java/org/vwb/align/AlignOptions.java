package org.vwb.align;

/// Settings of [CrossLingualAlignment#run].
///
/// @param testFraction   share of the dictionary's source words held out for evaluation (seeded split)
/// @param seed           seed of the split
/// @param refineSteps    iterative-refinement steps after the dictionary Procrustes (0 = none)
/// @param refineMaxRank  refinement looks for mutual neighbours among this many most frequent words per side
/// @param refineWith     NN or CSLS mutual neighbours for refinement (MUSE uses CSLS)
/// @param evalWords      evaluation retrieves among the first `evalWords` words of each space (queries
///                       outside them are skipped), which bounds the `O(n²·d)` CSLS cost
public record AlignOptions(double testFraction, long seed, int refineSteps, int refineMaxRank, Retrieval refineWith,
        int evalWords) {

    /// Validates the ranges.
    public AlignOptions {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must lie in (0, 1), was " + testFraction);
        }
        if (refineSteps < 0 || refineMaxRank < 1 || evalWords < 1) {
            throw new IllegalArgumentException("need refineSteps ≥ 0, refineMaxRank ≥ 1, evalWords ≥ 1");
        }
        java.util.Objects.requireNonNull(refineWith, "refineWith");
    }

    /// 20 % held out, seed 1, 5 CSLS refinement steps over the top 15,000 words (MUSE's rank limit),
    /// evaluation among the top 20,000 words.
    public static AlignOptions defaults() {
        return new AlignOptions(0.2, 1, 5, 15_000, Retrieval.CSLS, 20_000);
    }
}
