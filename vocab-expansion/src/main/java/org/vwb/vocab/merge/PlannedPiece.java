package org.vwb.vocab.merge;

import java.util.List;
import org.vwb.vocab.edit.MergePair;

/// A piece the merge appends.
///
/// @param piece   the piece as the base spells it
/// @param id      its new id
/// @param score   its SentencePiece score (below every existing normal piece)
/// @param merge   the merge that produces it; null for a single character
/// @param origin  why it is added
/// @param baseIds the base tokenizer's ids for the same text (the piece's decomposition before the merge)
public record PlannedPiece(String piece, int id, float score, MergePair merge, Origin origin, List<Integer> baseIds) {

    /// Why a piece is added.
    public enum Origin {
        /// A row of the candidate table or a piece of the imported tokenizer.
        CANDIDATE,
        /// A single character the base covers only by byte fallback, needed as a part.
        CHARACTER,
        /// A piece between the base's segmentation and a candidate, needed to reach the candidate.
        INTERMEDIATE
    }
}
