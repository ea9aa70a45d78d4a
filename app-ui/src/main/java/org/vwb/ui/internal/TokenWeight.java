package org.vwb.ui.internal;

import java.util.Objects;

/// An old token with a number: a nearest neighbour with its cosine, or a mixture source with its weight.
///
/// @param id    the old token id
/// @param token its text, made visible ([VisibleText])
/// @param value the cosine or the weight
public record TokenWeight(int id, String token, double value) {

    /// Checks the text is present.
    public TokenWeight {
        Objects.requireNonNull(token, "token");
    }
}
