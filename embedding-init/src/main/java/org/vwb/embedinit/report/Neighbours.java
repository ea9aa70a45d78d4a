package org.vwb.embedinit.report;

/// The nearest old rows of one new row by cosine similarity, most similar first.
///
/// @param ids      old row ids (arrays are shared, not copied)
/// @param cosines  their cosine similarities, parallel to `ids`
public record Neighbours(int[] ids, float[] cosines) {
    /// Checks the arrays are parallel.
    public Neighbours {
        if (ids.length != cosines.length) {
            throw new IllegalArgumentException(ids.length + " ids but " + cosines.length + " cosines");
        }
    }
}
