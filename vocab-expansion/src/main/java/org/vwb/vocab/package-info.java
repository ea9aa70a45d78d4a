/// Tokenizer documents: SentencePiece `tokenizer.model` (a protobuf `ModelProto`) and Hugging Face
/// `tokenizer.json`, read as typed vocabularies. Later: lossless editing, subword mining and merging.
/// Nothing here touches model weights.
package org.vwb.vocab;
