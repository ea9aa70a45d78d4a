package org.vwb.align;

/// How a mapped source word picks its target-language translations.
public enum Retrieval {
    /// Plain nearest neighbour by cosine.
    NN,
    /// Cross-domain similarity local scaling (Conneau et al. 2018, MUSE):
    /// `CSLS(x, y) = 2 cos(x, y) − r_T(x) − r_S(y)`, `r_T(x)` the mean cosine of `x` to its `k` nearest
    /// targets and `r_S(y)` the mean cosine of `y` to its `k` nearest mapped sources. It penalises hubs,
    /// targets that are near everything.
    CSLS
}
