package org.vwb.embedinit.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.vocab.TokenizerKind;

/// The outcome of a reconstruction run.
///
/// @param spec          what was asked
/// @param tokenizer     the tokenizer file reduced
/// @param kind          its shape
/// @param vocabularySize ids in the tokenizer
/// @param rows          rows of the input matrix
/// @param dim           row width
/// @param roles         the matrices scored (`input`, and `output` for an untied head)
/// @param normalTokens  tokens that may serve as anchors (normal pieces, not `[unusedN]`, with a row)
/// @param eligible      of those, the tokens that passed every hold-out filter
/// @param heldOut       the held-out tokens with their decomposition by the reduced tokenizer, by id
/// @param check         what was verified about the reduced tokenizer
/// @param scores        per method (baselines first) and role
public record ReconstructionReport(ReconstructionSpec spec, Path tokenizer, TokenizerKind kind, int vocabularySize,
                                   int rows, int dim, List<MatrixRole> roles, int normalTokens, int eligible,
                                   List<NewToken> heldOut, ReductionCheck check, List<MethodScore> scores) {

    /// Copies the lists.
    public ReconstructionReport {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(check, "check");
        roles = List.copyOf(roles);
        heldOut = List.copyOf(heldOut);
        scores = List.copyOf(scores);
    }

    /// The scores of `role`, in run order.
    public List<MethodScore> scores(MatrixRole role) {
        return scores.stream().filter(s -> s.role() == role).toList();
    }
}
