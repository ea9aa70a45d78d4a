package org.vwb.embedinit.report;

/// How the model turns hidden states into logits, which decides the matrix of the "can it dominate" view.
public enum HeadMode {
    /// The input embedding is also the output head: dominance is computed on the input rows.
    TIED,
    /// A separate `lm_head`: its rows are diagnosed too, and dominance is computed on them.
    UNTIED,
    /// No head (an encoder): no dominance view.
    NONE
}
