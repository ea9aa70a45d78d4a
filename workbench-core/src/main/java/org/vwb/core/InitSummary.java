package org.vwb.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/// What `vwb init` did.
///
/// @param out          the patched model folder
/// @param baseRows     rows of the base embedding
/// @param newTokens    new tokens initialised
/// @param paddingRows  rows added for `pad_to_multiple_of` beyond the tokenizer's size
/// @param tied         whether the model has one matrix
/// @param byMethod     rows per method that made them (input matrix), e.g. `fvt → 950, mean → 50`
/// @param byOrigin     rows per origin (input matrix): COPIED, MIXTURE, MEAN, SAMPLED
/// @param fallbackIds  ids of tokens the method could not place (the fallback made them)
/// @param initMillis   time computing rows
/// @param writeMillis  time writing and verifying the checkpoint
public record InitSummary(Path out, int baseRows, int newTokens, int paddingRows, boolean tied,
                          Map<String, Integer> byMethod, Map<String, Integer> byOrigin, List<Integer> fallbackIds,
                          long initMillis, long writeMillis) {

    /// Copies the collections.
    public InitSummary {
        byMethod = Map.copyOf(byMethod);
        byOrigin = Map.copyOf(byOrigin);
        fallbackIds = List.copyOf(fallbackIds);
    }
}
