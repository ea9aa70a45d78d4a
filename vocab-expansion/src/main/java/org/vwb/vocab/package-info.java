/// Tokenizer documents: SentencePiece `tokenizer.model` (a protobuf `ModelProto`) and Hugging Face
/// `tokenizer.json`, read as typed vocabularies; lossless documents and editing in `org.vwb.vocab.edit`,
/// merging with a reachability proof in `org.vwb.vocab.merge`.
/// Nothing here touches model weights.
package org.vwb.vocab;
