package org.vwb.vocab.merge;

import java.util.List;

/// What the real engine says about one written tokenizer file.
///
/// @param file                 `tokenizer.model` or `tokenizer.json`
/// @param piecesChecked        added pieces encoded from their own text (all but byte-level intermediates cut
///                             inside a character, which have no text of their own)
/// @param unreachable          added pieces the engine never produced from their own text
/// @param englishLines         non-target lines checked (built-in English sample plus non-CJK corpus lines)
/// @param englishLinesChanged  of those, lines whose ids differ from the base tokenizer's
/// @param corpusLines          `--check-corpus` lines checked for losslessness: the first non-blank lines of
///                             the files, in order, as the corpus readers count them (a leading byte-order
///                             mark dropped)
/// @param corpusCharacters     code points in those lines
/// @param corpusTokens         tokens this file's engine gives those lines (no special tokens), so a caller
///                             that measures tokens per character on the same corpus need not encode them again
/// @param roundTripMismatches  lines where decode(encode(line)) differs from the base tokenizer's round trip
///                             and from the line itself (lines the base loses to the unknown piece not counted)
/// @param addedTokensMoved     added tokens that no longer encode to their own id
/// @param addedPiecesUsed      added pieces that appear at least once when encoding the check corpus
/// @param inCorpus             added pieces whose text occurs in the check corpus
/// @param notProducedInCorpus  of those, pieces whose id appears in none of the first three lines holding
///                             their text (informational: a context may rightly prefer other pieces)
public record EngineCheck(String file, int piecesChecked, List<String> unreachable, int englishLines,
        int englishLinesChanged, int corpusLines, long corpusCharacters, long corpusTokens, int roundTripMismatches,
        int addedTokensMoved, int addedPiecesUsed, int inCorpus, int notProducedInCorpus) {

    /// Copies the list.
    public EngineCheck {
        unreachable = List.copyOf(unreachable);
    }
}
