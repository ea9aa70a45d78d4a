package org.vwb.align;

/// One result of a nearest-neighbour query: the word, its row index and its cosine to the query.
public record Neighbor(String word, int index, float cosine) {
}
