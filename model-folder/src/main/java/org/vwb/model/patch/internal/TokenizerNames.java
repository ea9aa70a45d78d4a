package org.vwb.model.patch.internal;

import java.util.List;

import org.vwb.model.TokenizerFiles;

/// Which tokenizer file names hold a vocabulary and which only configure one.
final class TokenizerNames {

    /// Files an engine loads a vocabulary from, in the order loaders prefer them.
    static final List<String> READABLE = List.of("tokenizer.json", "tokenizer.model", "spiece.model",
            "sentencepiece.bpe.model");
    /// Files that only configure a tokenizer: kept from the base when the tokenizer folder lacks them.
    static final List<String> CONFIG_ONLY = List.of("tokenizer_config.json", "special_tokens_map.json");

    private TokenizerNames() {
    }

    /// Whether `name` is one of [TokenizerFiles#KNOWN].
    static boolean isTokenizerFile(String name) {
        return TokenizerFiles.KNOWN.contains(name);
    }

    /// Whether `name` is a tokenizer file that lists pieces (and so would be stale after an expansion).
    static boolean holdsVocabulary(String name) {
        return isTokenizerFile(name) && !CONFIG_ONLY.contains(name);
    }
}
