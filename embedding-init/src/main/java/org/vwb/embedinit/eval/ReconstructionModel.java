package org.vwb.embedinit.eval;

import java.nio.file.Path;
import java.util.Objects;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// The model under test: its trained matrices and its tokenizer file.
///
/// @param input     the input embedding, f32, one row per id (read-only by contract)
/// @param output    the untied output matrix (lm_head), same shape, or `null` for a tied or head-less model
/// @param tokenizer the model's `tokenizer.json` or SentencePiece `tokenizer.model` (a file, not a folder)
/// @param algebra   the linear algebra the methods use
public record ReconstructionModel(FloatMatrix input, FloatMatrix output, Path tokenizer, LinearAlgebra algebra) {

    /// Checks that the matrices have the same shape.
    public ReconstructionModel {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(algebra, "algebra");
        if (output != null && (output.rows() != input.rows() || output.cols() != input.cols())) {
            throw new IllegalArgumentException("lm_head is " + output.rows() + " × " + output.cols()
                    + " but the input embedding is " + input.rows() + " × " + input.cols());
        }
    }
}
