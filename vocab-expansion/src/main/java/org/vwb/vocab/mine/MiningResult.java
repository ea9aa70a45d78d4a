package org.vwb.vocab.mine;

import java.util.List;

/// The outcome of mining: the candidate rows, best first, and the corpus statistics.
///
/// @param base       the base tokenizer file
/// @param byteLevel  whether pieces are spelled in the GPT-2 byte alphabet (then the CSV has a `text` column)
/// @param candidates rows ranked by tokens saved (descending); a row never precedes its parts
/// @param stats      corpus statistics
public record MiningResult(java.nio.file.Path base, boolean byteLevel, List<Candidate> candidates, MiningStats stats) {

    /// Copies the list.
    public MiningResult {
        candidates = List.copyOf(candidates);
    }

    /// Tokens of the mining corpus once every candidate is added: base tokens minus the tokens saved.
    public long projectedTokens() {
        return stats.baseTokens() - candidates.stream().mapToLong(Candidate::tokensSaved).sum();
    }
}
