package org.vwb.embedinit;

import java.util.Objects;

/// A token of the expanded (target) vocabulary whose rows must be initialised.
///
/// @param id      its id in the target vocabulary (the row it gets)
/// @param piece   the piece as stored in the target tokenizer (with `▁`, `Ġ` or `##` markers)
/// @param text    the text it stands for (markers undone; a leading space marks a word start)
/// @param baseIds its decomposition by the **base** tokenizer (what FVT averages), in order; may be
///                empty when the base tokenizer yields nothing for it
public record NewToken(int id, String piece, String text, int[] baseIds) {
    /// Checks the fields.
    public NewToken {
        Objects.requireNonNull(piece, "piece");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(baseIds, "baseIds");
        if (id < 0) {
            throw new IllegalArgumentException("token id must be >= 0, found " + id);
        }
        baseIds = baseIds.clone();
    }

    /// The decomposition (a copy).
    @Override
    public int[] baseIds() {
        return baseIds.clone();
    }
}
