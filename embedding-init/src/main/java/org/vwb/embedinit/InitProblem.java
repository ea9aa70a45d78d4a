package org.vwb.embedinit;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Everything a strategy works from: the base matrices, both tokenizers, the tokens to place, the base
/// rows it may draw on and a seed.
///
/// @param input      the base input embedding, f32, one row per base id
/// @param output     the base's untied output matrix (lm_head), same shape; `null` for a tied model
/// @param outputBias the base lm_head bias (one entry per base id), or `null` when there is none
/// @param base       the base tokenizer (for a reconstruction benchmark: with the held-out tokens unreachable)
/// @param target     the expanded tokenizer; ids `< base.size()` are the base's own
/// @param tokens     the tokens to initialise, in the order of the result rows
/// @param anchors    base ids a strategy may use as sources (well-trained rows; never the held-out ones)
/// @param seed       the seed; results depend on it and on nothing else (not on the thread count)
/// @param algebra    dense linear algebra (GEMM, Cholesky, eigen)
public record InitProblem(FloatMatrix input, FloatMatrix output, float[] outputBias, TokenizerView base,
                          TokenizerView target, List<NewToken> tokens, BitSet anchors, long seed,
                          LinearAlgebra algebra) {

    /// Checks shapes; does not copy the matrices (they are large and read-only by contract).
    public InitProblem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(anchors, "anchors");
        Objects.requireNonNull(algebra, "algebra");
        tokens = List.copyOf(tokens);
        anchors = (BitSet) anchors.clone();
        if (output != null && (output.rows() != input.rows() || output.cols() != input.cols())) {
            throw new IllegalArgumentException("lm_head is " + output.rows() + " × " + output.cols()
                    + " but the input embedding is " + input.rows() + " × " + input.cols());
        }
        if (outputBias != null && outputBias.length != input.rows()) {
            throw new IllegalArgumentException("lm_head bias has " + outputBias.length + " entries for "
                    + input.rows() + " base rows");
        }
        if (anchors.length() > input.rows()) {
            throw new IllegalArgumentException("anchor id " + (anchors.length() - 1) + " beyond the "
                    + input.rows() + " base rows");
        }
    }

    /// Whether the model has one matrix for input and output.
    public boolean tied() {
        return output == null;
    }

    /// The row width.
    public int dim() {
        return input.cols();
    }

    /// The matrices to fill: `[INPUT]` for a tied model, `[INPUT, OUTPUT]` otherwise.
    public List<MatrixRole> roles() {
        return tied() ? List.of(MatrixRole.INPUT) : List.of(MatrixRole.INPUT, MatrixRole.OUTPUT);
    }

    /// The base matrix of `role`.
    public FloatMatrix matrix(MatrixRole role) {
        return role == MatrixRole.INPUT ? input : Objects.requireNonNull(output, "tied model has no output matrix");
    }

    /// The anchor ids in increasing order.
    public int[] anchorIds() {
        return anchors.stream().toArray();
    }

    /// The anchors (a copy).
    @Override
    public BitSet anchors() {
        return (BitSet) anchors.clone();
    }

    /// The same problem for other tokens (how [Initializer] hands leftovers to the fallback).
    public InitProblem withTokens(List<NewToken> others) {
        return new InitProblem(input, output, outputBias, base, target, others, anchors, seed, algebra);
    }
}
