/// `vwb tokenizer merge`: appends candidate pieces to a BPE tokenizer below every existing priority, adds
/// the characters and intermediate pieces they need, and proves with the native engines that every new
/// piece is produced, that English text keeps its ids and that round trips stay lossless.
package org.vwb.vocab.merge;
