package org.vwb.vocab.edit;

/// The layouts a `tokenizer.json` is found in, so that a rewrite keeps the input's bytes.
public enum JsonStyle {
    /// What the tokenizers library writes with `pretty=true` (serde_json's pretty printer): two-space
    /// indent, `"key": value`, one array element per line, `[]`/`{}` when empty, no final newline.
    /// The hub's Llama 3, Mistral and Qwen3 files are in this style.
    HF_PRETTY,
    /// What the tokenizers library writes with `pretty=false`: no whitespace at all.
    HF_COMPACT,
    /// Jackson's default pretty printer (`"key" : value`, arrays on one line), as Java tools write it.
    JACKSON_PRETTY
}
