package org.vwb.model;

import java.util.Objects;
import java.util.Optional;

import org.vwb.safetensors.TensorInfo;

/// Where a model keeps its token embedding and its LM head.
///
/// @param family    the architecture family the names were matched for
/// @param embedding the input embedding matrix, `[rows, embeddingSize]`
/// @param headKind  tied, untied or none
/// @param head      the separate LM head tensor; present exactly when `headKind` is [HeadKind#UNTIED]
public record EmbeddingLayout(ArchitectureFamily family, TensorInfo embedding, HeadKind headKind,
                              Optional<TensorInfo> head) {

    /// Checks that `head` is present exactly for untied heads.
    public EmbeddingLayout {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(headKind, "headKind");
        Objects.requireNonNull(head, "head");
        if (head.isPresent() != (headKind == HeadKind.UNTIED)) {
            throw new IllegalArgumentException("head tensor must be present exactly when untied: "
                    + headKind + ", head " + head.map(TensorInfo::name).orElse("absent"));
        }
    }

    /// Rows of the embedding matrix: the number of token ids the model can embed.
    public long rows() {
        return embedding.shape()[0];
    }
}
