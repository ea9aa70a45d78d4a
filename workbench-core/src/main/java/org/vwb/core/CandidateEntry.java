package org.vwb.core;

import java.util.List;
import java.util.Objects;

/// One row of a candidate table, as the GUI's Candidates screen shows it: a mined (or imported) piece with
/// its corpus figures and what the base tokenizer makes of its text today.
///
/// @param rank        1-based position in the table (mining ranks by tokens saved, best first)
/// @param piece       the piece as the base tokenizer spells pieces (`▁` word start, GPT-2 bytes, …)
/// @param text        the text the piece stands for
/// @param frequency   occurrences in the mining corpus right after the piece was added
/// @param tokensSaved by how many tokens the mining corpus got shorter when it was added (counted in
///                    mining order, so a subset of rows saves about, not exactly, the sum); for a row
///                    imported from another tokenizer, `frequency` is how often that tokenizer emits the
///                    piece on the corpus and this is `frequency × (base tokens − 1)`
/// @param left        the first merge part, or "" (a byte-fallback character, or a row without parts)
/// @param right       the second merge part, or ""
/// @param baseTokens  the base tokenizer's pieces for the text inside a word, e.g. `很`, `多` or
///                    `<0xE4>`, `<0xBB>`, `<0xAC>` for a character it covers by byte fallback only
public record CandidateEntry(int rank, String piece, String text, long frequency, long tokensSaved, String left,
        String right, List<String> baseTokens) {

    /// Validates the parts and copies the list.
    public CandidateEntry {
        Objects.requireNonNull(piece, "piece");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        baseTokens = List.copyOf(baseTokens);
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be >= 1, was " + rank);
        }
    }

    /// Whether the row names the two parts it merges.
    public boolean hasParts() {
        return !left.isEmpty();
    }
}
