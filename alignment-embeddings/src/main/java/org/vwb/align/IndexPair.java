package org.vwb.align;

/// A pair of rows: `source` in a source space, `target` in a target space (e.g. a dictionary pair whose
/// two words are both in vocabulary).
public record IndexPair(int source, int target) {
}
