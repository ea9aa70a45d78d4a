package org.vwb.align;

/// One result of a nearest-neighbour or translation query: the word, its row index and its score —
/// the cosine to the query for plain nearest-neighbour search, the CSLS score for CSLS retrieval.
public record Neighbor(String word, int index, float score) {
}
