/// The safetensors format, fully: a strict reader over one memory mapping per file, tensor views with
/// f32 conversion, a deterministic atomic writer that copies unchanged tensors as bytes, and sharded
/// checkpoints with `model.safetensors.index.json`. Validation follows the reference Rust implementation;
/// each failure is a [org.vwb.safetensors.SafetensorsFormatException.Reason]. Nothing here knows about
/// models, tokenizers or JSON configs beyond the format itself.
package org.vwb.safetensors;
