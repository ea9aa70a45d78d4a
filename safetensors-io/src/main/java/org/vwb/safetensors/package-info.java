/// The safetensors format, fully: a strict reader over one memory mapping per file
/// ([org.vwb.safetensors.SafetensorsFile], header-only reads with `readHeader`), tensor views with f32
/// conversion ([org.vwb.safetensors.TensorView]), a deterministic atomic writer that copies unchanged
/// tensors as bytes by kernel copy ([org.vwb.safetensors.SafetensorsWriter]), and sharded checkpoints
/// with `model.safetensors.index.json` ([org.vwb.safetensors.Checkpoint],
/// [org.vwb.safetensors.ShardedWriter], [org.vwb.safetensors.ShardIndex]). Validation follows the
/// reference Rust implementation plus duplicate-key rejection; each failure is a
/// [org.vwb.safetensors.SafetensorsFormatException.Reason]. Nothing here knows about models, tokenizers
/// or JSON configs beyond the format itself.
package org.vwb.safetensors;
