package org.vwb.model;

import java.util.List;
import java.util.Objects;

import org.vwb.safetensors.TensorInfo;

/// A tensor as a summary shows it.
///
/// @param name  the tensor name
/// @param dtype the safetensors dtype name (`BF16`, `F32`, …)
/// @param shape dimensions, outermost first
public record TensorSummary(String name, String dtype, List<Long> shape) {

    /// Copies the shape.
    public TensorSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dtype, "dtype");
        shape = List.copyOf(shape);
    }

    /// The summary of a header entry.
    public static TensorSummary of(TensorInfo info) {
        return new TensorSummary(info.name(), info.dtype().wireName(),
                java.util.Arrays.stream(info.shape()).boxed().toList());
    }
}
