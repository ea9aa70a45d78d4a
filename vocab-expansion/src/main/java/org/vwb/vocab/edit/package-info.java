/// Lossless tokenizer documents: a SentencePiece `ModelProto` and an HF `tokenizer.json` held as an ordered
/// tree, each written back byte for byte when untouched, and edited by appending pieces and merges.
package org.vwb.vocab.edit;
