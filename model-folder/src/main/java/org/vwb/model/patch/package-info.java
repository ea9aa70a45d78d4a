/// Writing a patched model folder — the base grown by new token rows, with a new tokenizer — and
/// verifying it: the last step shared by `vwb init` and `vwb expand`.
///
/// [org.vwb.model.patch.CheckpointPatcher] plans ([org.vwb.model.patch.PatchPlan], for `--dry-run`) and
/// writes a [org.vwb.model.patch.PatchRequest]; [org.vwb.model.patch.PatchVerifier] is the verify step.
/// A refused request is a [org.vwb.model.patch.PatchException] with a
/// [org.vwb.model.patch.PatchException.Reason]; a failed verification a
/// [org.vwb.model.patch.PatchVerificationException] listing each [org.vwb.model.patch.Difference].
///
/// What becomes of each file of the base ([org.vwb.model.patch.PlannedFile.Action]):
///
/// | Base file | Output |
/// | --- | --- |
/// | shard holding the embedding, an untied `lm_head` or a head bias | `REWRITE`: tensors copied as bytes, the growing ones extended by the new rows encoded to their dtype |
/// | every other shard | `COPY`, byte for byte (digested on the way for the verify; a kernel copy with `-Dvwb.patch.verify=exact`) |
/// | `config.json` | `CONFIG`: the vocabulary-size number replaced in the text, every other byte kept |
/// | `model.safetensors.index.json` (sharded) | `INDEX`: same `weight_map` and metadata, new `total_size` |
/// | tokenizer files the tokenizer folder also has | replaced by the folder's (`TOKENIZER`) |
/// | `tokenizer_config.json`, `special_tokens_map.json` the folder lacks | `COPY` (they only configure) |
/// | other tokenizer files the folder lacks (`vocab.txt`, `merges.txt`, …) | `SKIP`: they list the old vocabulary |
/// | weights outside the checkpoint (`*.bin`, `*.pth`, `*.h5`, `*.onnx`, `*.gguf`, other `*.safetensors`, other `*.index.json`) | `SKIP`: they hold the old vocabulary |
/// | tokenizer vocabulary files in subfolders (Meta's `original/tokenizer.model`) | `SKIP` |
/// | hidden folders (`.git`, `.cache`) | `SKIP` |
/// | a file named like an extra file | replaced by the extra file (`EXTRA`) |
/// | anything else, subfolders included (`generation_config.json`, `1_Pooling/config.json`) | `COPY` |
///
/// Which tensors grow: the embedding and the untied LM head that [org.vwb.model.ModelFolder] detects, and
/// an LM-head bias found under the family's head names (`lm_head.bias`, `cls.predictions.bias`, …) with
/// one entry per row. New rows are appended after the base's last row: a base whose tokenizer is smaller
/// than its embedding (padding rows) can be extended only by new rows, not by new tokens, and is refused
/// with `TOKENIZER_MISMATCH` when the new tokenizer has more ids than the base's.
package org.vwb.model.patch;
