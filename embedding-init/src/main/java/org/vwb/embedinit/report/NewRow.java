package org.vwb.embedinit.report;

import java.util.Objects;

/// One new row of the patched model: an id at or beyond the base's row count.
///
/// @param id      the token id (= row index in the patched matrices)
/// @param token   the token's text as the tokenizer stores it, or "" when the tokenizer has no such id
/// @param padding whether the id lies beyond the patched tokenizer's size (a padding row no text maps to)
public record NewRow(int id, String token, boolean padding) {
    /// Checks the token is present.
    public NewRow {
        Objects.requireNonNull(token, "token");
    }
}
