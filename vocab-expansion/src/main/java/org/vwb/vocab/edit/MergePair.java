package org.vwb.vocab.edit;

import java.util.Objects;

/// One BPE merge: `left` followed by `right` becomes `left + right`.
///
/// @param left  the left part, as the vocabulary spells it
/// @param right the right part
public record MergePair(String left, String right) {

    /// Validates the parts.
    public MergePair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("merge parts must be non-empty, got '" + left + "' + '" + right + "'");
        }
    }

    /// The piece the merge produces.
    public String merged() {
        return left + right;
    }
}
