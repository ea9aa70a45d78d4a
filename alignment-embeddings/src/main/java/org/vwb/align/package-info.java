/// Static word vectors and bilingual dictionaries, the inputs of cross-lingual alignment (WECHSEL).
///
/// Reads word2vec/fastText `.vec`, GloVe text, word2vec binary and fastText `.bin` models (with their
/// character n-gram buckets, so any string gets a vector as fastText's `get_word_vector` computes it)
/// into an immutable [org.vwb.align.StaticVectors]; reads two-column dictionaries and CC-CEDICT into a
/// [org.vwb.align.BilingualDictionary]. Every bad input is a
/// [org.vwb.align.VectorFormatException] whose message names the file and line (or byte offset).
package org.vwb.align;
