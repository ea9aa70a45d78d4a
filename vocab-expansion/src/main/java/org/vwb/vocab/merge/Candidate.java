package org.vwb.vocab.merge;

/// A piece to add, as the base tokenizer spells it, with the two parts it should be merged from when
/// known (both null otherwise).
///
/// @param piece  the piece (`▁` for spaces in SentencePiece-style tokenizers, GPT-2 byte characters in
///               byte-level ones)
/// @param left   the left part, or null
/// @param right  the right part, or null
/// @param origin where it came from (`file:line` or `file#id`), for messages
public record Candidate(String piece, String left, String right, String origin) {

    /// Whether the candidate names its parts.
    public boolean hasParts() {
        return left != null && right != null;
    }
}
