package org.vwb.model.patch.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedSet;

import org.vwb.model.ModelFolder;
import org.vwb.safetensors.TensorInfo;

/// A tensor that grows with the vocabulary: the input embedding, an untied LM head, or an LM-head bias.
///
/// @param info the base's header entry
/// @param kind which of the three
public record Target(TensorInfo info, Kind kind) {

    /// The three kinds of vocabulary-sized tensors.
    public enum Kind {
        /// The input embedding `[rows, hidden]`.
        EMBEDDING,
        /// A separate LM head `[rows, hidden]`.
        HEAD,
        /// An LM-head bias `[rows]`.
        HEAD_BIAS
    }

    /// Validates presence.
    public Target {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(kind, "kind");
    }

    /// The tensor's name.
    public String name() {
        return info.name();
    }

    /// Elements per row: the product of the dimensions after the first (1 for a bias).
    public long columns() {
        long[] shape = info.shape();
        long c = 1;
        for (int i = 1; i < shape.length; i++) {
            c *= shape[i];
        }
        return c;
    }

    /// Bytes per row in the tensor's dtype.
    public long rowBytes() {
        return columns() * info.dtype().bytes();
    }

    /// The shape grown to `rows` rows.
    public long[] shapeWithRows(long rows) {
        long[] shape = info.shape();
        shape[0] = rows;
        return shape;
    }

    /// The tensors of `model` that grow, embedding first.
    ///
    /// Head biases are looked for under the family's head names: `<head>.bias`, and the parent module's
    /// `.bias` (BERT keeps it as `cls.predictions.bias` beside `cls.predictions.decoder`, RoBERTa as
    /// `lm_head.bias`); only a 1-D tensor with one entry per embedding row counts.
    public static List<Target> of(ModelFolder model) {
        List<Target> out = new ArrayList<>();
        TensorInfo embedding = model.layout().embedding();
        out.add(new Target(embedding, Kind.EMBEDDING));
        model.layout().head().ifPresent(h -> out.add(new Target(h, Kind.HEAD)));
        Map<String, TensorInfo> byName = new java.util.HashMap<>();
        model.tensors().forEach(t -> byName.put(t.name(), t));
        for (String name : biasNames(model.layout().family().headNames())) {
            TensorInfo t = byName.get(name);
            if (t != null && t.rank() == 1 && t.shape()[0] == embedding.shape()[0]) {
                out.add(new Target(t, Kind.HEAD_BIAS));
            }
        }
        return out;
    }

    private static SequencedSet<String> biasNames(List<String> headNames) {
        SequencedSet<String> names = new LinkedHashSet<>();
        for (String head : headNames) {
            names.add(head + ".bias");
            int dot = head.lastIndexOf('.');
            if (dot > 0) {
                names.add(head.substring(0, dot) + ".bias");
            }
        }
        return names;
    }
}
