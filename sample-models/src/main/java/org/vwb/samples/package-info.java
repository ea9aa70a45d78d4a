/// Sample model folders made in code: deterministic synthetic Llama-style checkpoints (labelled
/// synthetic in their metadata) and the real MiniLM-L6 embedding converted to an HF folder. Tests in
/// every module and the "Open sample model" action use these; nothing is downloaded at run time.
package org.vwb.samples;
