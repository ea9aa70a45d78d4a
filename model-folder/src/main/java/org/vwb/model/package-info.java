/// A checked view of a Hugging Face model folder: `config.json`, the safetensors headers, the input
/// embedding and LM head (tied, untied or none) for Llama-style decoders, BERT-family encoders and GPT-2,
/// the tokenizer files, and a [org.vwb.model.ModelSummary] with the vocabulary's CJK coverage.
/// Opening a folder never reads tensor data. Implementation lives in `org.vwb.model.internal`.
///
/// Errors versus warnings, the policy every check follows: an inconsistency that would make the model
/// fail to load or index outside a matrix is a [org.vwb.model.ModelFolderException]; anything a loader
/// tolerates or repairs is a [org.vwb.model.ModelWarning].
///
/// | Finding | Kind |
/// | --- | --- |
/// | no folder, no `config.json`, not JSON, `vocab_size`/`hidden_size` missing or not a positive integer | error |
/// | no `model.safetensors` and no `model.safetensors.index.json` | error `NO_WEIGHTS` |
/// | no token embedding tensor under any known name (the message lists them) | error `EMBEDDING_NOT_FOUND` |
/// | embedding not a matrix, or columns ≠ `hidden_size` (`embedding_size` for ALBERT) | error `EMBEDDING_SHAPE_MISMATCH` |
/// | embedding rows < `vocab_size` | error `VOCAB_SIZE_MISMATCH` |
/// | embedding rows > `vocab_size` | warning `VOCAB_SIZE_BELOW_ROWS` |
/// | tokenizer ids > embedding rows | error `TOKENIZER_EXCEEDS_EMBEDDING` |
/// | tokenizer ids < embedding rows | warning `PADDED_ROWS` |
/// | untied head whose shape ≠ the embedding's | error `HEAD_SHAPE_MISMATCH` |
/// | head tensor stored while the config says tied | warning `HEAD_STORED_BUT_TIED` (reported untied) |
/// | no head tensor while the config says untied | warning `HEAD_MISSING_BUT_UNTIED` (reported tied) |
/// | special token id ≥ rows | warning `SPECIAL_ID_OUT_OF_RANGE` |
/// | float tensors stored in another dtype than `torch_dtype` | warning `DTYPE_DIFFERS_FROM_CONFIG` |
/// | architecture unknown, embedding found by name pattern | warning `ARCHITECTURE_GUESSED` |
/// | no readable tokenizer file | warning `NO_TOKENIZER` |
///
/// Safetensors problems (truncated file, lying header, bad index) surface as
/// [org.vwb.safetensors.SafetensorsFormatException] and tokenizer problems as
/// [org.vwb.vocab.TokenizerFormatException], unchanged.
package org.vwb.model;
