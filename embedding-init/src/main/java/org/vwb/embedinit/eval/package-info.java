/// The reconstruction benchmark (issue 5): hide well-trained tokens of a model's own vocabulary, make them
/// unreachable for its tokenizer, re-initialise their rows with each method from what remains, and score
/// the result against the true rows (mean cosine, P@1, P@10, MRR among the held-out rows, coverage, CPU
/// time). Entry point: [ReconstructionBenchmark]. Reading the model folder is the caller's job
/// (`workbench-core`); this package works on matrices and a tokenizer file.
package org.vwb.embedinit.eval;
