package org.vwb.core;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/// What `vwb init` does: initialise the new rows of a model for an expanded tokenizer and write the
/// patched checkpoint.
///
/// @param model           the base model folder (never modified)
/// @param tokenizer       the expanded tokenizer folder (from `vwb tokenizer merge`; its
///                        `vwb-id-mapping.json` is used when present)
/// @param method          the strategy for the input embedding (and a tied or untied head unless
///                        `headMethod` is given)
/// @param options         the strategy's options, `key → value`
/// @param headMethod      a different strategy for an untied lm_head, or `null` to use `method`
/// @param headOptions     that strategy's options
/// @param fallback        the strategy for tokens `method` cannot place (`mean` by default)
/// @param copyOverlap     whether tokens whose piece the base already has get its row copied
/// @param padToMultipleOf round the row count up to a multiple of this (1 = no padding); padding rows
///                        are initialised by the fallback and reported
/// @param seed            the seed
/// @param out             the output folder
/// @param overwrite       whether an existing output folder may be replaced (atomically)
public record InitRequest(Path model, Path tokenizer, String method, Map<String, String> options, String headMethod,
                          Map<String, String> headOptions, String fallback, boolean copyOverlap,
                          int padToMultipleOf, long seed, Path out, boolean overwrite) {

    /// Checks the fields and copies the maps.
    public InitRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(out, "out");
        options = Map.copyOf(options);
        headOptions = Map.copyOf(headOptions);
        if (padToMultipleOf < 1) {
            throw new IllegalArgumentException("pad-to-multiple-of must be at least 1, found " + padToMultipleOf);
        }
    }

    /// A request with defaults: no separate head method, `mean` fallback, overlap copied, no padding.
    public static InitRequest of(Path model, Path tokenizer, String method, Map<String, String> options, Path out) {
        return new InitRequest(model, tokenizer, method, options, null, Map.of(), "mean", true, 1, 42L, out, false);
    }
}
