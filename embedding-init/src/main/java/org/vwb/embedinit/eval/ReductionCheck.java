package org.vwb.embedinit.eval;

/// What the benchmark verified about the reduced tokenizer (the model's tokenizer with the held-out pieces
/// renamed to strings no input can produce, ids kept).
///
/// @param heldOutEncoded    held-out tokens re-encoded; none of them yields a held-out id (else the run fails)
/// @param emptyDecompositions held-out tokens the reduced tokenizer encodes to nothing
/// @param unknownDecompositions held-out tokens whose reduced encoding contains a non-anchor id (unknown token)
/// @param othersChecked     other normal tokens whose text was encoded by both tokenizers
/// @param othersChanged     how many of those encode differently (0 for WordPiece and unigram; BPE pieces
///                          built through a held-out piece can change)
public record ReductionCheck(int heldOutEncoded, int emptyDecompositions, int unknownDecompositions, int othersChecked,
                             int othersChanged) {
}
