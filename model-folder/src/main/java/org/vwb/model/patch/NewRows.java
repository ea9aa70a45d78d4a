package org.vwb.model.patch;

import java.util.Objects;
import java.util.Optional;

import org.vwb.numeric.FloatMatrix;

/// The rows a patch appends, in f32, for the new ids `oldRows … newVocabSize - 1` in order.
///
/// They are encoded to each tensor's own dtype on write (round to nearest even for BF16 and F16, as
/// [org.vwb.safetensors.Conversions] does); the base's rows are never decoded.
///
/// Ownership: like [FloatMatrix], the matrices are shared, not copied (they can be hundreds of MB);
/// callers must not change them while a patch runs. The bias array is copied.
///
/// @param embedding rows of the input embedding, as wide as the embedding tensor
/// @param head      rows of an untied LM head (made from the output matrix); empty for a tied head or none
/// @param headBias  one new LM-head bias entry per new id; empty unless the base stores a head bias
public record NewRows(FloatMatrix embedding, Optional<FloatMatrix> head, Optional<float[]> headBias) {

    /// Validates presence and copies the bias.
    public NewRows {
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(headBias, "headBias");
        headBias = headBias.map(float[]::clone);
    }

    /// Rows for a model whose head is tied to the embedding, or that has no head.
    public static NewRows tied(FloatMatrix embedding) {
        return new NewRows(embedding, Optional.empty(), Optional.empty());
    }

    /// Rows for a model with a separate LM head tensor.
    public static NewRows untied(FloatMatrix embedding, FloatMatrix head) {
        return new NewRows(embedding, Optional.of(head), Optional.empty());
    }

    /// These rows with new LM-head bias entries (for a base that stores a head bias).
    public NewRows withHeadBias(float[] bias) {
        return new NewRows(embedding, head, Optional.of(bias));
    }

    /// A copy of the bias entries.
    @Override
    public Optional<float[]> headBias() {
        return headBias.map(float[]::clone);
    }

    /// How many rows the embedding gets: the number of new ids.
    public int count() {
        return embedding.rows();
    }
}
