package org.vwb.vocab;

import java.util.Objects;

/// The ids of one text plus, for each id, the index of the pre-tokenizer word it belongs to.
///
/// @param ids     the token ids, without special tokens
/// @param wordIds one entry per id: the word index (0, 1, …) the engine's pre-tokenizer gave the token;
///                engines without a pre-tokenizer (SentencePiece) report 0 everywhere
public record WordEncoding(int[] ids, int[] wordIds) {

    /// Checks that both arrays have the same length.
    public WordEncoding {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(wordIds, "wordIds");
        if (ids.length != wordIds.length) {
            throw new IllegalArgumentException(ids.length + " ids but " + wordIds.length + " word ids");
        }
    }
}
