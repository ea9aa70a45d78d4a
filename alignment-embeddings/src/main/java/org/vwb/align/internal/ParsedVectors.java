package org.vwb.align.internal;

/// What a reader produced: the words in row order, their float rows and, for fastText `.bin`, the
/// subword model (else null). `duplicatesSkipped` counts rows dropped because their word came earlier.
public record ParsedVectors(WordIndex words, FloatRows rows, SubwordModel subwords, int duplicatesSkipped) {
}
