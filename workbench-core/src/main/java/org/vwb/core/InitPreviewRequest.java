package org.vwb.core;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/// What the GUI's init preview computes: the rows `vwb init` would make for the new tokens of
/// `tokenizer`, without writing a checkpoint.
///
/// @param model       the base model folder (read only)
/// @param tokenizer   the expanded tokenizer folder (a merge's output)
/// @param method      the strategy for the input embedding (and the head unless `headMethod` is given)
/// @param options     its options, `key → value`
/// @param headMethod  a different strategy for an untied lm_head, or `null`
/// @param headOptions that strategy's options
/// @param fallback    the strategy for tokens `method` cannot place
/// @param copyOverlap whether tokens the base already has get its row copied
/// @param seed        the seed
/// @param limit       initialise only the first `limit` new tokens (0 = all of them)
public record InitPreviewRequest(Path model, Path tokenizer, String method, Map<String, String> options,
                                 String headMethod, Map<String, String> headOptions, String fallback,
                                 boolean copyOverlap, long seed, int limit) {

    /// Checks the fields and copies the maps.
    public InitPreviewRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(fallback, "fallback");
        options = Map.copyOf(options);
        headOptions = Map.copyOf(headOptions);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0 (0 = all tokens), found " + limit);
        }
    }
}
