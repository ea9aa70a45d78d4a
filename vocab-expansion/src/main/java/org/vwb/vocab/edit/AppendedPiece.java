package org.vwb.vocab.edit;

import java.util.Objects;

/// A normal piece to append to a vocabulary.
///
/// @param piece the piece as the vocabulary spells it (`▁` for SentencePiece, GPT-2 byte characters for
///              byte-level BPE)
/// @param id    its new id, after every existing id
/// @param score its SentencePiece score (the merge priority for BPE: higher merges earlier); unused in
///              `tokenizer.json` BPE, where the position in `merges` is the priority
public record AppendedPiece(String piece, int id, float score) {

    /// Validates the piece.
    public AppendedPiece {
        Objects.requireNonNull(piece, "piece");
        if (piece.isEmpty() || id < 0) {
            throw new IllegalArgumentException("an appended piece needs a non-empty text and an id >= 0, got '"
                    + piece + "' id " + id);
        }
    }
}
